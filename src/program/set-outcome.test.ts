import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events';
import { setOutcome } from './set-outcome';

const rep = (index: number, score: number, range: number): EngineEvent => ({ type: 'rep', t: index, index, start: index - 1, end: index, score, range, faults: [] });
const hold = (seconds: number, reached: boolean): EngineEvent => ({ type: 'hold-complete', t: seconds, start: 0, end: seconds, seconds, target: 6, reached });

describe('setOutcome', () => {
  it('counts reps and averages score and range (% of the full range)', () => {
    expect(setOutcome([rep(1, 80, 0.9), rep(2, 90, 1.1)], 'w1')).toEqual({
      reps: 2, holdsReached: 0, holdsTried: 0, bestHoldSeconds: null, score: 85, range: 100, guided: false, recordingId: 'w1',
    });
  });

  it('counts holds made of those tried and keeps the longest', () => {
    const o = setOutcome([rep(1, 70, 1), hold(6.2, true), rep(2, 70, 1), hold(4, false)], null);
    expect(o).toMatchObject({ reps: 2, holdsReached: 1, holdsTried: 2, bestHoldSeconds: 6.2 });
  });

  it('leaves score and range empty when nothing was counted, and marks a counted set as not guided', () => {
    expect(setOutcome([], null)).toMatchObject({ reps: 0, score: null, range: null });
    expect(setOutcome([], null).guided).toBe(false);
  });
});
