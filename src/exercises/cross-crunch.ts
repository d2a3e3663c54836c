import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import type { BodyRef } from '../engine/body-parts';
import { KP } from '../track/keypoint-names';
import { LYING_SUPPORTS, lyingOnBack } from './parts/postures';

type Point = readonly number[];
const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1], (a[2] ?? 0) - (b[2] ?? 0));
const mid = (a: Point, b: Point) => a.map((v, i) => (v + b[i]) / 2);

/**
 * Which elbow is nearer its opposite knee, torso lengths: (left elbow to right knee) minus (right
 * elbow to left knee), about +-0.4 at each crunch and 0 lying flat. From the world points (metres,
 * depth included) when the detector gives them, so a camera looking along the body sees what one
 * at the side sees; else from the picture.
 */
export const crunchSide = (f: PoseFeatures) => {
  const w = f.world;
  if (w && w.length >= 33) {
    const torso = dist(mid(w[KP.left_shoulder], w[KP.right_shoulder]), mid(w[KP.left_hip], w[KP.right_hip]));
    return (dist(w[KP.left_elbow], w[KP.right_knee]) - dist(w[KP.right_elbow], w[KP.left_knee])) / Math.max(torso, 1e-6);
  }
  const at = (ref: BodyRef) => [f.xs[f.index(ref)], f.ys[f.index(ref)]];
  return (dist(at('elbow'), at('opposite_knee')) - dist(at('opposite_elbow'), at('knee'))) / f.torso;
};

export const crossCrunch = {
  id: 'cross-crunch',
  name: 'Cross crunch',
  routine: { group: 'main', order: 5 },
  instructions: 'Lie on your back, knees bent. Bring the right elbow to the left knee, then the left elbow to the right knee; the other hand stays on the floor. Side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'hip', 'knee'],
  floor: LYING_SUPPORTS,
  posture: lyingOnBack,
  signal: (f) => ramp(Math.abs(crunchSide(f)), 0, 0.4),
  phases: { enter: 0.6, exit: 0.35, enterSeconds: 0.05, exitSeconds: 0.05 },
  // Each crunch brings one elbow nearer its knee than the other: a turn of crunchSide each way
  // (every turn is a rep, like a step). A swing of a quarter torso between sides is the least.
  cycles: { value: crunchSide, minAmplitude: 0.25, countAt: 'every-turn', centred: true },
  rules: [],
  reminders: ['Keep the other hand on the floor'],
  metric: { label: 'Which elbow is nearer its knee', unit: 'torso', measure: crunchSide },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
