import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import type { BodyRef } from '../engine/body-parts';
import { KP } from '../track/keypoint-names';
import { LYING_SUPPORTS, lyingOnBack } from './postures';

type Point = readonly number[];
const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1], (a[2] ?? 0) - (b[2] ?? 0));
const mid = (a: Point, b: Point) => a.map((v, i) => (v + b[i]) / 2);

/**
 * The closer elbow-to-opposite-knee pair, in torso lengths. From the world points (metres, depth
 * included) when the detector gives them, so a camera looking along the body sees the same
 * distance as one at the side; else from the picture.
 */
export const elbowToKnee = (f: PoseFeatures) => {
  const w = f.world;
  if (w && w.length >= 33) {
    const torso = dist(mid(w[KP.left_shoulder], w[KP.right_shoulder]), mid(w[KP.left_hip], w[KP.right_hip]));
    const pair = Math.min(dist(w[KP.left_elbow], w[KP.right_knee]), dist(w[KP.right_elbow], w[KP.left_knee]));
    return pair / Math.max(torso, 1e-6);
  }
  const at = (ref: BodyRef) => [f.xs[f.index(ref)], f.ys[f.index(ref)]];
  return Math.min(dist(at('elbow'), at('opposite_knee')), dist(at('opposite_elbow'), at('knee'))) / f.torso;
};

export const crossCrunch = {
  id: 'cross-crunch',
  name: 'Cross crunch',
  instructions: 'Lie on your back, knees bent. Bring the right elbow to the left knee, then the left elbow to the right knee; the other hand stays on the floor. Side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'hip', 'knee', 'opposite_elbow', 'opposite_knee'],
  floor: LYING_SUPPORTS,
  posture: lyingOnBack,
  // Lying, elbow and opposite knee are ~1.3 torso lengths apart; a crunch closes that by a third or more.
  signal: (f) => ramp(elbowToKnee(f), 1.3, 0.9),
  phases: { enter: 0.6, exit: 0.35, enterSeconds: 0.05, exitSeconds: 0.05 },
  rules: [],
  reminders: ['Keep the other hand on the floor'],
  metric: { label: 'Elbow to opposite knee', unit: 'torso', measure: elbowToKnee },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
