import { describe, expect, it } from 'vitest';
import type { EngineEvent, FramingStatus } from '../engine/events';
import { trackingGapNote, trackingGaps } from './tracking-gaps';

const framing = (t: number, status: FramingStatus, message: string): EngineEvent => ({ type: 'framing', t, status, message, missing: [] });
const rep: EngineEvent = { type: 'rep', t: 3, index: 1, start: 2, end: 3, score: 90, range: 1, faults: [] };

describe('trackingGaps', () => {
  it('adds up the time between losing and finding the person, and names the longest reason', () => {
    const gaps = trackingGaps(
      [framing(1, 'landmarks-hidden', 'Your legs are out of view'), rep, framing(2, 'ok', 'I can see you'), framing(4, 'no-person', "I can't see you"), framing(4.5, 'ok', 'I can see you')],
      0,
      10,
    );
    expect(gaps.seconds).toBeCloseTo(1.5);
    expect(gaps.total).toBe(10);
    expect(gaps.reason).toBe('Your legs are out of view');
  });

  it('counts a gap still open at the end of the set up to its end', () => {
    expect(trackingGaps([framing(6, 'landmarks-hidden', 'Your hips are out of view')], 0, 8).seconds).toBeCloseTo(2);
  });

  it('is empty when the person was seen throughout', () => {
    expect(trackingGaps([rep], 0, 5)).toEqual({ seconds: 0, total: 5, reason: null });
  });
});

describe('trackingGapNote', () => {
  it('explains a set with no reps, and a set mostly unseen', () => {
    expect(trackingGapNote({ seconds: 5, total: 8, reason: 'Your legs are out of view' }, 0)).toContain('5.0 of 8.0 s');
    expect(trackingGapNote({ seconds: 3, total: 10, reason: 'x' }, 4)).not.toBeNull();
  });
  it('stays quiet about short gaps in a good set', () => {
    expect(trackingGapNote({ seconds: 1.5, total: 30, reason: 'x' }, 5)).toBeNull();
    expect(trackingGapNote({ seconds: 0.5, total: 8, reason: 'x' }, 0)).toBeNull();
  });
});
