import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueEntry } from './catalogue';
import { bedtimeWarning, birdDogHoldAfterWorkout, clampBirdDogHold, nextBirdDogHold } from './rules';

describe('catalogue', () => {
  it('holds the 34 seed exercises with unique ids', () => {
    expect(CATALOGUE).toHaveLength(34);
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(34);
    expect(CATALOGUE.filter((e) => e.group === 'warm-up')).toHaveLength(13);
    expect(CATALOGUE.filter((e) => e.group === 'main')).toHaveLength(17);
    expect(CATALOGUE.filter((e) => e.group === 'straightening')).toHaveLength(4);
  });

  it('keeps the seed targets for the held exercises', () => {
    expect(catalogueEntry('superman')?.target).toEqual({ kind: 'hold', sets: 2, reps: 5, holdSeconds: 15 });
    expect(catalogueEntry('prone-head-raise')?.target.holdSeconds).toBe(10);
    expect(catalogueEntry('glute-bridge')?.target).toEqual({ kind: 'reps', sets: 2, reps: 5 });
    expect(catalogueEntry('nope')).toBeUndefined();
  });
});

describe('routine rules', () => {
  it('keeps the bird-dog hold within 3..30 s and grows it only after a clean session', () => {
    expect(clampBirdDogHold(1)).toBe(3);
    expect(clampBirdDogHold(45)).toBe(30);
    expect(clampBirdDogHold(Number.NaN)).toBe(3);
    expect(nextBirdDogHold(3, true)).toBe(6);
    expect(nextBirdDogHold(6, false)).toBe(6);
    expect(nextBirdDogHold(29, true)).toBe(30);
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

describe('birdDogHoldAfterWorkout', () => {
  const done = { ended: 'target' as const, holdsReached: [true, true, true, true, true] };
  it('adds 3 s after a workout where every set and every hold reached its target', () => {
    expect(birdDogHoldAfterWorkout(3, [done, done])).toBe(6);
    expect(birdDogHoldAfterWorkout(28, [done, done])).toBe(30);
  });
  it('keeps the hold after a missed hold, a stopped set, no holds, or at 30 s', () => {
    expect(birdDogHoldAfterWorkout(3, [done, { ended: 'target', holdsReached: [true, false] }])).toBeNull();
    expect(birdDogHoldAfterWorkout(3, [done, { ended: 'stopped', holdsReached: [true] }])).toBeNull();
    expect(birdDogHoldAfterWorkout(3, [{ ended: 'target', holdsReached: [] }])).toBeNull();
    expect(birdDogHoldAfterWorkout(30, [done])).toBeNull();
    expect(birdDogHoldAfterWorkout(3, [])).toBeNull();
  });
});
