import { describe, expect, it } from 'vitest';
import type { FramingEvent, FramingStatus } from '../engine/events';
import { TrackingWatch } from './tracking-watch';

const report = (status: FramingStatus, message: string): FramingEvent => ({ type: 'framing', t: 0, status, message, missing: [] });

describe('TrackingWatch', () => {
  it('says a loss once, however many frames it lasts, and the return once', () => {
    const w = new TrackingWatch();
    const statuses: FramingStatus[] = ['ok', 'ok', 'landmarks-hidden', 'landmarks-hidden', 'no-person', 'landmarks-hidden', 'ok', 'ok'];
    expect(statuses.map((s) => w.update(s)).filter(Boolean)).toEqual(['lost', 'back']);
  });

  it('never explains a loss with an "I can see you" report', () => {
    const w = new TrackingWatch();
    w.framing(report('ok', 'I can see you'));
    w.update('landmarks-hidden');
    expect(w.lost).toBe(true);
    expect(w.what).toBe('part of your body is out of view');
    w.framing(report('landmarks-hidden', 'Your legs are out of view'));
    w.update('landmarks-hidden');
    expect(w.what).toBe('Your legs are out of view');
  });
});
