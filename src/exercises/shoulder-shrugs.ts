import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { standingUp } from './parts/standing';

/**
 * How close the shoulders come to the ears, torso lengths (both sides, so a head turned a little
 * does not count): a shrug lifts the shoulders about 5 cm, a tenth of a torso, toward ears that stay.
 */
export const shrug = (f: PoseFeatures) => -(f.heightAbove('ear', 'shoulder') + f.heightAbove('opposite_ear', 'opposite_shoulder')) / 2;

export const shoulderShrugs = {
  id: 'shoulder-shrugs',
  name: 'Shoulder shrugs',
  routine: { group: 'warm-up', order: 4 },
  instructions: 'Raise your shoulders up toward your ears and lower them. Face the camera.',
  view: 'front',
  kind: 'reps',
  landmarks: ['ear', 'shoulder', 'opposite_ear', 'opposite_shoulder', 'hip', 'opposite_hip'],
  posture: standingUp,
  signal: (f) => ramp(shrug(f), -0.4, -0.3),
  phases: { enter: 0.6, exit: 0.4, enterSeconds: 0.05, exitSeconds: 0.05 },
  // Half a shrug's lift is the least that counts; a detector's shoulder jitter is well under it.
  cycles: { value: shrug, minAmplitude: 0.06, countAt: 'peak' },
  rules: [],
  metric: { label: 'Shoulders toward ears', unit: 'torso', measure: shrug },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
