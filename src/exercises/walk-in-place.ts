import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { standingUp } from './parts/standing';

/**
 * One knee above the other, torso lengths: + while the working side's knee is up, - while the
 * other's is. Stepping in place swings it from one side to the other, one turn per step.
 */
export const kneeSwap = (f: PoseFeatures) => f.heightAbove('knee', 'opposite_knee');

export const walkInPlace = {
  id: 'walk-in-place',
  name: 'Walk in place',
  routine: { group: 'warm-up', order: 10 },
  instructions: 'Walk in place, lifting your knees. Every step counts. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['hip', 'knee', 'ankle', 'opposite_hip', 'opposite_knee', 'opposite_ankle'],
  posture: standingUp,
  signal: (f) => ramp(Math.abs(kneeSwap(f)), 0, 0.3),
  phases: { enter: 0.6, exit: 0.3, enterSeconds: 0.02, exitSeconds: 0.02 },
  // A walking step lifts the knee ~8 cm (a sixth of a torso); swaying from foot to foot moves it
  // a few centimetres, under the minimum.
  cycles: { value: kneeSwap, minAmplitude: 0.08, countAt: 'every-turn' },
  rules: [],
  metric: { label: 'Knee height difference', unit: 'torso', measure: kneeSwap },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
