/**
 * The person further away and elsewhere in the picture: image points scale about the frame's centre
 * by `scale` and shift by `offset` (fractions of the width and height). Keypoint z is in image-width
 * units, so it scales too; the world points are metres and do not change.
 */
import type { PoseTrack } from '../track/track';
import { mapPoses } from './map-poses';

export function resizePerson(track: PoseTrack, scale: number, offset: [number, number]): PoseTrack {
  return mapPoses(track, ({ keypoints, world }) => ({
    keypoints: keypoints.map(([x, y, z, score]) => [0.5 + (x - 0.5) * scale + offset[0], 0.5 + (y - 0.5) * scale + offset[1], z * scale, score]),
    world,
  }));
}
