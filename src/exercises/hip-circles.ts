import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { standingUp } from './parts/standing';

/** Seen from the front: the hips' shift to the person's left of the feet, torso lengths. */
const hipsToTheLeft = (f: PoseFeatures) =>
  (f.xs[f.index('hip')] + f.xs[f.index('opposite_hip')] - f.xs[f.index('ankle')] - f.xs[f.index('opposite_ankle')]) / 2 / f.torso;

export const hipCircles = {
  id: 'hip-circles',
  name: 'Hip circles',
  routine: { group: 'warm-up', order: 8 },
  instructions: 'Hands on hips, circle your pelvis: 5 to the left, then 5 to the right. Face the camera.',
  view: 'front',
  kind: 'reps',
  landmarks: ['hip', 'opposite_hip', 'knee', 'opposite_knee', 'ankle', 'opposite_ankle', 'shoulder', 'opposite_shoulder'],
  posture: standingUp,
  signal: (f) => ramp(Math.abs(hipsToTheLeft(f)), 0, 0.2),
  phases: { enter: 0.6, exit: 0.3, enterSeconds: 0.05, exitSeconds: 0.05 },
  // From the front only the side-to-side part of the circle shows (which way round does not): one
  // sway to each side is one circle. A hip shift of ~6 cm (an eighth of a torso) either way counts.
  cycles: { value: hipsToTheLeft, minAmplitude: 0.25, countAt: 'peak', centred: true },
  rules: [],
  metric: { label: 'Hips to the left of the feet', unit: 'torso', measure: hipsToTheLeft },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
