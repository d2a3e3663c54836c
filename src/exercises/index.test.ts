import { describe, expect, it } from 'vitest';
import { EXERCISE_SPECS, getExerciseSpec, SUPPORTED_EXERCISES } from '.';
import { LANDMARKS } from '../engine/body-parts';

/** Fault ids shared with the synthetic tracks and the UI. */
const FAULT_IDS: Record<string, string[]> = {
  'bird-dog': ['leg-bent', 'arm-low', 'arm-high', 'leg-low', 'leg-high', 'hips-sag', 'hips-twist', 'head-drop'],
  'glute-bridge': ['hips-low', 'over-arch', 'feet-far', 'feet-near', 'lower-fast'],
  superman: ['legs-down', 'chest-down', 'hold-short'],
  'prone-head-raise': ['head-low', 'head-cranked', 'hold-short'],
};

describe('exercise catalogue', () => {
  it('lists every spec under its own id', () => {
    expect(SUPPORTED_EXERCISES).toEqual(Object.keys(EXERCISE_SPECS));
    for (const id of SUPPORTED_EXERCISES) expect(getExerciseSpec(id)?.id).toBe(id);
    expect(getExerciseSpec('moonwalk')).toBeUndefined();
    expect(getExerciseSpec('toString')).toBeUndefined();
  });

  it.each(Object.entries(FAULT_IDS))('%s has exactly the agreed fault ids', (id, faults) => {
    expect(getExerciseSpec(id)?.rules.map((r) => r.id)).toEqual(faults);
  });

  it.each(SUPPORTED_EXERCISES)('%s has what the UI and engine read', (id) => {
    const spec = EXERCISE_SPECS[id];
    expect(spec.name.length).toBeGreaterThan(0);
    expect(['side', 'front']).toContain(spec.view);
    expect(spec.metric.label.length).toBeGreaterThan(0);
    expect(spec.metric.unit.length).toBeGreaterThan(0);
    expect(spec.defaultTarget.sets).toBeGreaterThan(0);
    expect(spec.phases.exit).toBeLessThan(spec.phases.enter);
    expect(spec.kind === 'hold').toBe(spec.hold !== undefined);
    if (spec.hold?.progression) {
      const p = spec.hold.progression;
      expect(p.min).toBeLessThanOrEqual(spec.hold.targetSeconds);
      expect(p.max).toBeLessThanOrEqual(spec.hold.maxSeconds);
      expect(p.step).toBeGreaterThan(0);
    }
    expect(spec.instructions.length).toBeGreaterThan(20);
    for (const ref of [...spec.landmarks, ...spec.rules.flatMap((r) => r.landmarks)]) {
      expect(LANDMARKS.left[ref]).toBeTypeOf('number');
    }
    for (const rule of spec.rules) expect(rule.cue).toMatch(/^[A-Z]/);
  });
});
