import { describe, expect, it } from 'vitest';
import { SUPPORTED_EXERCISES } from '../exercises';
import { todaysPlan } from './todays-plan';

const none = { holdSeconds: {}, reps: {} };

describe('todaysPlan', () => {
  it('is the whole routine in the seed order: warm-up, main set, straightening', () => {
    const plan = todaysPlan(none);
    expect(plan.map((p) => p.id)).toEqual(SUPPORTED_EXERCISES);
    const groups = plan.map((p) => p.group);
    expect(groups.lastIndexOf('warm-up')).toBeLessThan(groups.indexOf('main'));
    expect(groups.lastIndexOf('main')).toBeLessThan(groups.indexOf('straightening'));
  });

  it('follows every exercise of the routine by camera, each from the view its spec needs', () => {
    const plan = todaysPlan(none);
    const bridge = plan.find((p) => p.id === 'glute-bridge')!;
    expect(bridge).toMatchObject({ kind: 'reps', sets: 2, reps: 5, view: 'side' });
    const tilts = plan.find((p) => p.id === 'head-tilts')!;
    expect(tilts).toMatchObject({ view: 'front', sets: 2, reps: 5 });
  });

  it('uses the hold and reps the person is at, within the progression range', () => {
    const plan = todaysPlan({ holdSeconds: { 'bird-dog': 12 }, reps: { 'match-pickup': 7 } });
    expect(plan.find((p) => p.id === 'bird-dog')).toMatchObject({ holdSeconds: 12, holdProgression: { step: 3, min: 3, max: 30 } });
    expect(plan.find((p) => p.id === 'match-pickup')?.reps).toBe(7);
    expect(todaysPlan({ holdSeconds: { 'bird-dog': 99 }, reps: {} }).find((p) => p.id === 'bird-dog')?.holdSeconds).toBe(30);
  });

  it('shortens to a subset, keeping the routine order whatever order it is asked in', () => {
    expect(todaysPlan(none, ['bird-dog', 'glute-bridge', 'head-tilts', 'nope']).map((p) => p.id)).toEqual(['head-tilts', 'glute-bridge', 'bird-dog']);
  });
});
