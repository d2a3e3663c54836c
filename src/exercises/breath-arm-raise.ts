import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { standingUp } from './parts/standing';

/** Both wrists above the shoulders, torso lengths: about -1.1 hanging, +1.2 overhead. */
export const armsHeight = (f: PoseFeatures) => (f.heightAbove('wrist', 'shoulder') + f.heightAbove('opposite_wrist', 'opposite_shoulder')) / 2;

export const breathArmRaise = {
  id: 'breath-arm-raise',
  name: 'Breath and arm raise',
  routine: { group: 'warm-up', order: 13 },
  instructions: 'Breathe in deeply while raising both arms up; breathe out while lowering them. Slowly, five times. Face the camera.',
  view: 'front',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'wrist', 'opposite_shoulder', 'opposite_elbow', 'opposite_wrist', 'hip', 'opposite_hip'],
  posture: standingUp,
  signal: (f) => ramp(armsHeight(f), -0.9, 0.9),
  phases: { enter: 0.45, exit: 0.25, enterSeconds: 0.2, exitSeconds: 0.2 },
  rules: [
    {
      id: 'arms-low',
      when: 'top',
      ok: (f) => armsHeight(f) >= 0.7,
      cue: 'Raise your arms all the way up',
      severity: 'info',
      landmarks: ['shoulder', 'wrist', 'opposite_wrist'],
    },
  ],
  paced: true,
  metric: { label: 'Arms above shoulders', unit: 'torso', measure: armsHeight },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
