import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { standingUp } from './parts/standing';
import { kneeSwap } from './walk-in-place';

export const runInPlace = {
  id: 'run-in-place',
  name: 'Run in place',
  routine: { group: 'warm-up', order: 11 },
  instructions: 'Run in place, knees up. Every step counts. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['hip', 'knee', 'ankle', 'opposite_hip', 'opposite_knee', 'opposite_ankle'],
  posture: standingUp,
  signal: (f) => ramp(Math.abs(kneeSwap(f)), 0, 0.6),
  phases: { enter: 0.6, exit: 0.3, enterSeconds: 0.02, exitSeconds: 0.02 },
  // A running step lifts the knee a quarter of a torso or more over the other; a jog's smallest.
  cycles: { value: kneeSwap, minAmplitude: 0.25, countAt: 'every-turn' },
  rules: [],
  metric: { label: 'Knee height difference', unit: 'torso', measure: kneeSwap },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
