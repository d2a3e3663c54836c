import { describe, expect, it } from 'vitest';
import { acceptedRun, fittedClips, MULTIPLIERS, passes, SPEC_CONSTANTS } from './sensitivity';
import type { ClipResult } from './eval';
import { getExerciseSpec } from '../exercises';

const at = (k: number) => MULTIPLIERS.indexOf(k);
/** A row passing exactly at the multipliers in [lo, hi]. */
const row = (lo: number, hi: number) => MULTIPLIERS.map((k) => k >= lo && k <= hi);

describe('sensitivity and leave-one-clip-out', () => {
  it('finds the run of multipliers around 1 where every clip passes', () => {
    expect(acceptedRun([row(0.6, 1.4), row(0.8, 1.2)])).toEqual([at(0.8), at(1.2)]);
    expect(acceptedRun([row(1.1, 1.4)])).toBeNull();
  });

  it('names a clip as fitted when the others accept a value where it fails', () => {
    const clips = ['a', 'b', 'c'].map((clip) => ({ dir: '.', clip, exercise: 'x' }));
    expect(fittedClips(clips, [row(0.6, 1.4), row(0.6, 1.4), row(0.9, 1.1)])).toEqual(['c']);
    expect(fittedClips(clips, [row(0.6, 1.4), row(0.6, 1.4), row(0.6, 1.4)])).toEqual([]);
  });

  it('passes a clip on its count and its timed holds, except holds of a clip that starts in its hold', () => {
    const clip = (accept: [number, number], measured: number): ClipResult => ({
      clip: 'c', exercise: 'x', labelledReps: 1, accept, supported: true, countedReps: 0, exact: true, offByOne: false, tops: [],
      holds: [{ labelled: 3.4, measured }],
    });
    expect(passes(clip([1, 1], 3.3))).toBe(true);
    expect(passes(clip([1, 1], 0))).toBe(false);
    // Labels accepting 0 reps: the clip starts up in the hold, whose rise the engine never saw.
    expect(passes(clip([0, 1], 0))).toBe(true);
  });

  it('varies one constant of a spec and leaves the catalogue alone', () => {
    const spec = getExerciseSpec('glute-bridge')!;
    const enter = SPEC_CONSTANTS.find((c) => c.name === 'enter')!;
    expect(enter.vary(spec, 1.2).phases.enter).toBeCloseTo(spec.phases.enter * 1.2);
    expect(getExerciseSpec('glute-bridge')!.phases.enter).toBe(spec.phases.enter);
  });
});
