import { describe, expect, it } from 'vitest';
import { clearSet, copyView, initialView } from './session-view';

describe('session view', () => {
  it('starts in the set-up check of set 1 with nothing counted', () => {
    expect(initialView({ sets: 3, targetReps: 8 })).toMatchObject({ phase: 'setup', set: 1, sets: 3, reps: 0, targetReps: 8, hold: null, end: null });
  });

  it('copies without sharing the hold, highlight or end words', () => {
    const v = { ...initialView({ sets: 1, targetReps: 5 }), hold: { seconds: 1, target: 5, holding: true, done: false, short: false }, highlight: [11] };
    const copy = copyView(v);
    v.hold.seconds = 2;
    v.highlight.push(12);
    expect(copy.hold!.seconds).toBe(1);
    expect(copy.highlight).toEqual([11]);
  });

  it('clears what a set counted and cued, and keeps the set number and phase', () => {
    const v = { ...initialView({ sets: 2, targetReps: 5 }), set: 2, phase: 'setup' as const, reps: 4, shortHolds: 1, cue: 'Chin in', cueRule: 'chin', highlight: [0], trackingLost: true };
    clearSet(v);
    expect(v).toMatchObject({ set: 2, phase: 'setup', reps: 0, shortHolds: 0, cue: '', cueRule: null, highlight: [], trackingLost: false, hold: null });
  });
});
