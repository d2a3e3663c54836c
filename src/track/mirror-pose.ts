/**
 * What a detector reports on a horizontally mirrored picture: the image flips (x -> 1 - x, world
 * x -> -x) and the body it sees is the mirror body, so every left landmark is reported as right and
 * back. Depth (z) and scores stay with the landmark.
 */
import { MIRROR_INDEX } from './keypoint-names';
import type { Keypoint, WorldPoint } from './track';

export function mirrorKeypoints(keypoints: readonly Keypoint[]): Keypoint[] {
  return MIRROR_INDEX.map((from) => {
    const [x, y, z, score] = keypoints[from];
    return [1 - x, y, z, score];
  });
}

export function mirrorWorld(world: readonly WorldPoint[]): WorldPoint[] {
  return MIRROR_INDEX.map((from) => {
    const [x, y, z] = world[from];
    return [-x, y, z];
  });
}
