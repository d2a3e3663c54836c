import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { wristHeight } from './parts/standing';

/** The other arm's wrist above its shoulder, torso lengths. */
const otherWristHeight = (f: PoseFeatures) => f.heightAbove('opposite_wrist', 'opposite_shoulder');
/** How far out to the side of its shoulder a wrist is, torso lengths. */
const outToTheSide = (f: PoseFeatures, wrist: 'wrist' | 'opposite_wrist', shoulder: 'shoulder' | 'opposite_shoulder') =>
  Math.abs(f.xs[f.index(wrist)] - f.xs[f.index(shoulder)]) / f.torso;
/**
 * The circling arm is the one out to the side (the other points up, or sinks forward): its wrist
 * above the shoulder, torso lengths.
 */
const circlingWrist = (f: PoseFeatures) =>
  outToTheSide(f, 'wrist', 'shoulder') >= outToTheSide(f, 'opposite_wrist', 'opposite_shoulder') ? wristHeight(f) : otherWristHeight(f);
/** Kneeling upright: hips high over the knees, but feet by the knees (not standing). */
const kneelingUpright = (f: PoseFeatures) => f.heightAbove('hip', 'knee') > 0.5 && f.heightAbove('hip', 'ankle') < 1.3;

export const kneelingArmCircles = {
  id: 'kneeling-arm-circles',
  name: 'Kneeling arm circles',
  routine: { group: 'main', order: 9 },
  instructions: 'Kneel upright. Raise one arm straight up, take the other out to the side and circle it 5 times, then change hands. Face the camera.',
  view: 'front',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'wrist', 'opposite_shoulder', 'opposite_elbow', 'opposite_wrist', 'hip', 'knee'],
  posture: kneelingUpright,
  signal: (f) => ramp(circlingWrist(f), -0.4, 0.4),
  phases: { enter: 0.6, exit: 0.4, enterSeconds: 0.05, exitSeconds: 0.05 },
  // From the front the circle shows as the hand rising and falling (its front-back part does not).
  // The arm starts out to the side, mid-circle (centred). A rise and fall of 0.6 torso (a circle
  // ~30 cm across) is the least that counts, so the hand's way back to the side after the last
  // circle, half of one, is not another.
  cycles: { value: circlingWrist, minAmplitude: 0.6, countAt: 'peak', centred: true },
  rules: [
    {
      id: 'arm-dropped',
      when: 'any',
      ok: (f) => Math.max(wristHeight(f), otherWristHeight(f)) >= 0.6,
      cue: 'Keep the other arm straight up',
      severity: 'info',
      landmarks: ['shoulder', 'wrist', 'opposite_shoulder', 'opposite_wrist'],
      minSeconds: 0.5,
    },
  ],
  metric: { label: 'Circling hand above the shoulder', unit: 'torso', measure: circlingWrist },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
