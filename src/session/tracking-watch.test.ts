import { describe, expect, it } from 'vitest';
import type { FramingEvent, FramingStatus } from '../engine/events';
import { TrackingWatch } from './tracking-watch';

const report = (t: number, status: FramingStatus, message: string): FramingEvent => ({ type: 'framing', t, status, message, missing: [] });

/** Feeds `status` every 0.1 s over [from, to); returns the changes with their times. */
function run(w: TrackingWatch, from: number, to: number, status: FramingStatus): [number, string][] {
  const out: [number, string][] = [];
  for (let i = Math.round(from * 10); i < Math.round(to * 10); i++) {
    const c = w.update(i / 10, status);
    if (c) out.push([i / 10, c]);
  }
  return out;
}

describe('TrackingWatch', () => {
  it('reports a loss once, after it has lasted, and the return once', () => {
    const w = new TrackingWatch(0.5);
    expect(run(w, 0, 1, 'ok')).toEqual([]);
    expect(run(w, 1, 4, 'landmarks-hidden')).toEqual([[1.5, 'lost']]);
    expect(run(w, 4, 6, 'ok')).toEqual([[4.5, 'back']]);
  });

  it('lets a blink pass without a word', () => {
    const w = new TrackingWatch(0.5);
    run(w, 0, 1, 'ok');
    const flicker = [...run(w, 1, 1.3, 'landmarks-hidden'), ...run(w, 1.3, 1.6, 'ok'), ...run(w, 1.6, 1.9, 'no-person'), ...run(w, 1.9, 3, 'ok')];
    expect(flicker).toEqual([]);
    expect(w.lost).toBe(false);
  });

  it('never explains a loss with an "I can see you" report', () => {
    const w = new TrackingWatch(0.5);
    w.framing(report(0, 'ok', 'I can see you'));
    run(w, 0, 2, 'landmarks-hidden');
    expect(w.lost).toBe(true);
    expect(w.what).toBe('part of your body is out of view');
    w.framing(report(2, 'landmarks-hidden', 'Your legs are out of view'));
    run(w, 2, 2.2, 'landmarks-hidden');
    expect(w.what).toBe('Your legs are out of view');
  });
});
