import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueEntry } from './catalogue';
import { bedtimeWarning, clampHold, holdAfterWorkout, nextHold } from './rules';
import { EXERCISE_SPECS, SUPPORTED_EXERCISES } from '../exercises';

/** The seed's bird-dog progression: 3 s growing to 30 s in 3 s steps. */
const seedHold = { step: 3, min: 3, max: 30 };

describe('catalogue', () => {
  it('holds the 34 seed exercises with unique ids', () => {
    expect(CATALOGUE).toHaveLength(34);
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(34);
    expect(CATALOGUE.filter((e) => e.group === 'warm-up')).toHaveLength(13);
    expect(CATALOGUE.filter((e) => e.group === 'main')).toHaveLength(17);
    expect(CATALOGUE.filter((e) => e.group === 'straightening')).toHaveLength(4);
  });

  it('keeps the seed targets for the held exercises, in their specs', () => {
    expect(EXERCISE_SPECS.superman).toMatchObject({ kind: 'hold', defaultTarget: { sets: 2, reps: 5 }, hold: { targetSeconds: 15 } });
    expect(EXERCISE_SPECS['prone-head-raise'].hold?.targetSeconds).toBe(10);
    expect(EXERCISE_SPECS['glute-bridge']).toMatchObject({ kind: 'reps', defaultTarget: { sets: 2, reps: 5 } });
    expect(EXERCISE_SPECS['bird-dog'].hold).toMatchObject({ targetSeconds: 3, progression: seedHold });
    expect(catalogueEntry('nope')).toBeUndefined();
  });

  // One source of truth: an exercise with a spec is only an id in the routine, and every spec has its place.
  it('names every spec by id only, and keeps the seed words only for exercises without a spec', () => {
    const specified = CATALOGUE.filter((e) => e.seed === null).map((e) => e.id);
    expect([...specified].sort()).toEqual([...SUPPORTED_EXERCISES].sort());
    for (const e of CATALOGUE) if (e.seed) expect(e.seed.id).toBe(e.id);
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
