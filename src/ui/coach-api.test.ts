import { describe, expect, it } from 'vitest';
import { SUPPORTED_EXERCISES } from '../exercises';
import { exerciseInfo, progressingHolds, supportedExercises } from './coach-api';

describe('exerciseInfo', () => {
  it("shows the spec's facts: bicycle crunch is a side view, 2 sets of 10", () => {
    expect(exerciseInfo('bicycle-crunch', {})).toMatchObject({ name: 'Bicycle crunch', view: 'side', kind: 'reps', sets: 2, reps: 10, holdSeconds: null, group: 'main' });
    expect(exerciseInfo('glute-bridge', {})?.instructions).toContain('pelvis, knees and torso');
    expect(exerciseInfo('head-tilts', {})).toMatchObject({ view: 'front', group: 'warm-up', reminders: ['Slowly and smoothly', 'Now back and forth too'] });
    expect(exerciseInfo('moonwalk', {})).toBeNull();
  });

  it('takes a progressing hold from the settings, within its range', () => {
    expect(exerciseInfo('bird-dog', {})?.holdSeconds).toBe(3);
    expect(exerciseInfo('bird-dog', { 'bird-dog': 12 })?.holdSeconds).toBe(12);
    expect(exerciseInfo('bird-dog', { 'bird-dog': 45 })?.holdSeconds).toBe(30);
    expect(exerciseInfo('superman', { superman: 40 })?.holdSeconds).toBe(30);
    expect(exerciseInfo('superman', {})?.holdSeconds).toBe(15);
  });
});

describe('the routine on screen', () => {
  it('lists every exercise of the routine, in its order', () => {
    expect(supportedExercises({}).map((e) => e.id)).toEqual([...SUPPORTED_EXERCISES]);
  });

  it('offers a settings slider for each hold that progresses', () => {
    expect(progressingHolds().map((h) => [h.spec.id, h.progression])).toEqual(
      expect.arrayContaining([
        ['bird-dog', { step: 3, min: 3, max: 30 }],
        ['superman', { step: 3, min: 15, max: 30 }],
        ['prone-head-raise', { step: 3, min: 10, max: 30 }],
      ]),
    );
  });
});
