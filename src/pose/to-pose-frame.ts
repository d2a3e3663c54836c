/**
 * Converts one detector result into the PoseFrame of the track format: 33 keypoints normalised to
 * the frame size, `world` from keypoints3D, `t` from the frame's own time. Pure, so the conversion
 * is the same for every runtime and testable without a browser.
 */
import { KEYPOINT_NAMES } from '../track/keypoint-names';
import type { Keypoint, PoseFrame, WorldPoint } from '../track/track';

/** The part of a pose-detection `Pose` this conversion reads (pixel x/y, optional z and score). */
export interface DetectedPose {
  keypoints: { x: number; y: number; z?: number; score?: number }[];
  keypoints3D?: { x: number; y: number; z?: number }[];
}

export interface FrameSize {
  width: number;
  height: number;
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** `pose` null or with fewer than 33 keypoints means nobody was found in this frame. */
export function toPoseFrame(pose: DetectedPose | null | undefined, size: FrameSize, t: number): PoseFrame {
  if (!pose || pose.keypoints.length < KEYPOINT_NAMES.length) return { t, keypoints: null, world: null };
  const keypoints: Keypoint[] = new Array(KEYPOINT_NAMES.length);
  for (let i = 0; i < KEYPOINT_NAMES.length; i++) {
    const k = pose.keypoints[i];
    // Detectors report z in pixel-like units of the input width; normalise it the same way as x.
    keypoints[i] = [k.x / size.width, k.y / size.height, (k.z ?? 0) / size.width, clamp01(k.score ?? 0)];
  }
  const w3 = pose.keypoints3D;
  const world: WorldPoint[] | null =
    w3 && w3.length >= KEYPOINT_NAMES.length
      ? w3.slice(0, KEYPOINT_NAMES.length).map((p) => [p.x, p.y, p.z ?? 0] as WorldPoint)
      : null;
  return { t, keypoints, world };
}
