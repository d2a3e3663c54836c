import { describe, expect, it } from 'vitest';
import { bedtimeWarning, clampHold, holdAfterWorkout, nextHold } from './rules';
import { EXERCISE_SPECS, SUPPORTED_EXERCISES } from '../exercises';

/** The seed's bird-dog progression: 3 s growing to 30 s in 3 s steps. */
const seedHold = { step: 3, min: 3, max: 30 };

describe('the routine, from the specs', () => {
  const specs = SUPPORTED_EXERCISES.map((id) => EXERCISE_SPECS[id]);
  const inGroup = (group: string) => specs.filter((s) => s.routine.group === group);

  it('holds the 34 seed exercises with unique ids: 13 warm-up, 17 main, 4 straightening', () => {
    expect(specs).toHaveLength(34);
    expect(new Set(SUPPORTED_EXERCISES).size).toBe(34);
    expect(inGroup('warm-up')).toHaveLength(13);
    expect(inGroup('main')).toHaveLength(17);
    expect(inGroup('straightening')).toHaveLength(4);
  });

  // Two specs claiming one place would leave their order to the file system.
  it('numbers each group 1, 2, 3, ... without a gap or a shared place, in the registry order', () => {
    for (const group of ['warm-up', 'main', 'straightening']) {
      expect(inGroup(group).map((s) => s.routine.order)).toEqual(inGroup(group).map((_, i) => i + 1));
    }
  });

  it('keeps the seed targets for the held exercises, in their specs', () => {
    expect(EXERCISE_SPECS.superman).toMatchObject({ kind: 'hold', defaultTarget: { sets: 2, reps: 5 }, hold: { targetSeconds: 15 } });
    expect(EXERCISE_SPECS['prone-head-raise'].hold?.targetSeconds).toBe(10);
    expect(EXERCISE_SPECS['glute-bridge']).toMatchObject({ kind: 'reps', defaultTarget: { sets: 2, reps: 5 } });
    expect(EXERCISE_SPECS['bird-dog'].hold).toMatchObject({ targetSeconds: 3, progression: seedHold });
  });
});

describe('routine rules', () => {
  it('keeps a progressing hold within its range and grows it only after a clean session', () => {
    expect(clampHold(seedHold, 1)).toBe(3);
    expect(clampHold(seedHold, 45)).toBe(30);
    expect(clampHold(seedHold, Number.NaN)).toBe(3);
    expect(nextHold(seedHold, 3, true)).toBe(6);
    expect(nextHold(seedHold, 6, false)).toBe(6);
    expect(nextHold(seedHold, 29, true)).toBe(30);
    expect(nextHold({ step: 5, min: 10, max: 60 }, 10, true)).toBe(15);
  });

  it('warns within 5 hours of bedtime', () => {
    const at = (h: number, min = 0) => new Date(2026, 0, 10, h, min);
    expect(bedtimeWarning(at(17), '23:00')).toBeNull();
    expect(bedtimeWarning(at(18, 30), '23:00')).not.toBeNull();
    expect(bedtimeWarning(at(21), '01:00')).not.toBeNull();
    expect(bedtimeWarning(at(9), '01:00')).toBeNull();
    expect(bedtimeWarning(at(9), 'bad')).toBeNull();
    expect(bedtimeWarning(at(0, 30), '23:00')).not.toBeNull();
  });
});

describe('holdAfterWorkout', () => {
  const done = { ended: 'target' as const, holdsReached: [true, true, true, true, true] };
  it('adds 3 s after a workout where every set and every hold reached its target', () => {
    expect(holdAfterWorkout(seedHold, 3, [done, done])).toBe(6);
    expect(holdAfterWorkout(seedHold, 28, [done, done])).toBe(30);
  });
  it('keeps the hold after a missed hold, a stopped set, no holds, or at 30 s', () => {
    expect(holdAfterWorkout(seedHold, 3, [done, { ended: 'target', holdsReached: [true, false] }])).toBeNull();
    expect(holdAfterWorkout(seedHold, 3, [done, { ended: 'stopped', holdsReached: [true] }])).toBeNull();
    expect(holdAfterWorkout(seedHold, 3, [{ ended: 'target', holdsReached: [] }])).toBeNull();
    expect(holdAfterWorkout(seedHold, 30, [done])).toBeNull();
    expect(holdAfterWorkout(seedHold, 3, [])).toBeNull();
  });
});
