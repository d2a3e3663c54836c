import { KP } from '../track/keypoint-names';
import type { Keypoint } from '../track/track';

/**
 * Distance from the mid-shoulder to the mid-hip point, the body's yardstick: features are divided by
 * it so that thresholds hold whether the person is near the camera or far from it. `xs`/`ys` are in
 * image units with x already scaled by the frame's aspect ratio.
 */
export function torsoLength(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const sx = (xs[KP.left_shoulder] + xs[KP.right_shoulder]) / 2;
  const sy = (ys[KP.left_shoulder] + ys[KP.right_shoulder]) / 2;
  const hx = (xs[KP.left_hip] + xs[KP.right_hip]) / 2;
  const hy = (ys[KP.left_hip] + ys[KP.right_hip]) / 2;
  // Math.hypot is several times slower than this in V8, and this runs on every frame.
  return Math.sqrt((sx - hx) * (sx - hx) + (sy - hy) * (sy - hy));
}

/** The mid-hip point of raw keypoints, x scaled by the frame's aspect ratio. */
export function hipCentre(keypoints: readonly Keypoint[], aspect: number): [number, number] {
  return [((keypoints[KP.left_hip][0] + keypoints[KP.right_hip][0]) / 2) * aspect, (keypoints[KP.left_hip][1] + keypoints[KP.right_hip][1]) / 2];
}

/** torsoLength of raw keypoints (normalised per axis), for code that has not smoothed them into xs/ys. */
export function keypointTorsoLength(keypoints: readonly Keypoint[], aspect: number): number {
  const [hx, hy] = hipCentre(keypoints, aspect);
  const sx = ((keypoints[KP.left_shoulder][0] + keypoints[KP.right_shoulder][0]) / 2) * aspect;
  const sy = (keypoints[KP.left_shoulder][1] + keypoints[KP.right_shoulder][1]) / 2;
  return Math.hypot(sx - hx, sy - hy);
}
