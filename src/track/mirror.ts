/**
 * A pose as seen in a mirror: x flipped (world x negated) and left/right landmarks swapped, so
 * that a mirrored video yields the labels a non-mirrored one would (and the other way round).
 * The synthetic camera uses it to act out a selfie-mirrored video.
 */
import { MIRROR_INDEX } from './keypoint-names';
import type { Keypoint, PoseFrame, WorldPoint } from './track';

export const mirrorKeypoints = (kp: readonly Keypoint[]): Keypoint[] => MIRROR_INDEX.map((j) => [1 - kp[j][0], kp[j][1], kp[j][2], kp[j][3]]);

export const mirrorWorld = (world: readonly WorldPoint[]): WorldPoint[] => MIRROR_INDEX.map((j) => [-world[j][0], world[j][1], world[j][2]]);

export function mirrorPoseFrame(frame: PoseFrame): PoseFrame {
  return {
    t: frame.t,
    keypoints: frame.keypoints ? mirrorKeypoints(frame.keypoints) : null,
    world: frame.world ? mirrorWorld(frame.world) : frame.world,
  };
}
