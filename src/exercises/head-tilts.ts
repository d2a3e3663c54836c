import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { standingUp } from './parts/standing';

/**
 * Seen from the front: the ear line's tilt, degrees (sign = which way). A camera in front sees the
 * tilts to the left and right; tilting back and forth barely moves the ears' line, so it is not counted.
 */
export const earTilt = (f: PoseFeatures) => {
  const across = Math.abs(f.xs[f.index('ear')] - f.xs[f.index('opposite_ear')]) / f.torso;
  return (Math.atan2(f.heightAbove('ear', 'opposite_ear'), Math.max(across, 1e-6)) * 180) / Math.PI;
};

export const headTilts = {
  id: 'head-tilts',
  name: 'Head tilts',
  routine: { group: 'warm-up', order: 2 },
  instructions: 'Tilt your head to the left, right, back and forth, slowly and smoothly. The four tilts are one. Face the camera.',
  view: 'front',
  kind: 'reps',
  landmarks: ['ear', 'opposite_ear', 'shoulder', 'opposite_shoulder', 'hip', 'opposite_hip'],
  posture: standingUp,
  signal: (f) => ramp(Math.abs(earTilt(f)), 0, 30),
  phases: { enter: 0.6, exit: 0.3, enterSeconds: 0.05, exitSeconds: 0.05 },
  // One sequence (left, right, back, forth) is one rep, as "2 sets x 5" reads for a four-part
  // movement: counted on its left-right swing, which a front camera sees. A tilt of ~15° each way
  // is the least that counts; a detector's ear jitter is a few degrees.
  // Every other left-right swing has the back and forth tilts inside it (8 s at an easy pace), and
  // which of the two is counted depends on the way the person tilts first and on the side the
  // engine took: the default 6 s cap rejected that one, leaving 1 rep of 5. An ear line does not
  // drift 30 degrees by itself, so a slow swing is still a tilt.
  cycles: { value: earTilt, minAmplitude: 30, countAt: 'peak', centred: true, maxSwingSeconds: 20 },
  rules: [],
  reminders: ['Slowly and smoothly', 'Now back and forth too'],
  metric: { label: 'Head tilt', unit: '°', measure: earTilt },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
