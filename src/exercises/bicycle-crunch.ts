import type { ExerciseSpec } from '../engine/exercise-spec';
import { otherSide } from '../engine/body-parts';
import { rangeShortRule } from './parts/shared-rules';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { lyingOnBack } from './parts/postures';

/** Hip angle (shoulder-hip-knee) of the working side: small when that knee is pulled to the chest. */
export const kneeTuckAngle = (f: PoseFeatures) => f.angle('shoulder', 'hip', 'knee');

export const bicycleCrunch = {
  id: 'bicycle-crunch',
  name: 'Bicycle crunch',
  routine: { group: 'main', order: 6 },
  instructions:
    'Lying on your back, raise a leg and reach for that knee with your elbow. Change sides in turn.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee'],
  posture: lyingOnBack,
  // Each knee pulled in is one rep: work with whichever knee is nearer the chest.
  workingSide: (f) => (kneeTuckAngle(f) <= f.angle('opposite_shoulder', 'opposite_hip', 'opposite_knee') ? f.side : otherSide(f.side)),
  // The legs pass each other at ~100-110°; a tucked knee closes the hip to ~60-70°.
  signal: (f) => ramp(kneeTuckAngle(f), 105, 70),
  phases: { enter: 0.6, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 },
  rules: [rangeShortRule('knee-short', 'Pull your knee all the way in to your chest', ['hip', 'knee'])],
  metric: { label: 'Hip angle of the tucked leg', unit: '°', measure: kneeTuckAngle },
  defaultTarget: { reps: 10, sets: 2 },
} satisfies ExerciseSpec;
