import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { KP } from '../track/keypoint-names';
import { standingUp } from './parts/standing';

/**
 * How far the shoulder line has turned from facing the camera, degrees, signed, from the detector's
 * world points (metres, depth included). From the front both swinging hands stay near the middle of
 * the picture, so the hands cannot tell a turn; the shoulders' depth can. No world points: 0.
 */
export const shoulderTurn = (f: PoseFeatures) => {
  const w = f.world;
  if (!w || w.length < 33) return 0;
  const dx = w[KP.left_shoulder][0] - w[KP.right_shoulder][0];
  const dz = w[KP.left_shoulder][2] - w[KP.right_shoulder][2];
  return (Math.atan2(dz, Math.abs(dx)) * 180) / Math.PI;
};

export const twistSwings = {
  id: 'twist-swings',
  name: 'Twist swings',
  routine: { group: 'warm-up', order: 7 },
  instructions: 'Swing your arms with a turn of the body, left and right: 180° in all. Left and right is one. Face the camera.',
  view: 'front',
  kind: 'reps',
  landmarks: ['shoulder', 'opposite_shoulder', 'hip', 'opposite_hip'],
  posture: standingUp,
  signal: (f) => ramp(Math.abs(shoulderTurn(f)), 0, 70),
  phases: { enter: 0.6, exit: 0.3, enterSeconds: 0.05, exitSeconds: 0.05 },
  // A turn of 45° each way is the least that counts as the seed's "180° in all" swing: a third of
  // it (a trunk that barely turns) is not a rep.
  cycles: { value: shoulderTurn, minAmplitude: 90, countAt: 'peak', centred: true },
  rules: [],
  metric: { label: 'Shoulder turn', unit: '°', measure: shoulderTurn },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
