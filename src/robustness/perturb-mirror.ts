/** The picture mirrored left to right, as a selfie camera shows it (see src/track/mirror.ts). */
import type { PoseTrack } from '../track/track';
import { mirrorKeypoints, mirrorWorld } from '../track/mirror';
import { mapPoses } from './map-poses';

export function mirrorTrack(track: PoseTrack): PoseTrack {
  return mapPoses(track, ({ keypoints, world }) => ({ keypoints: mirrorKeypoints(keypoints), world: world && mirrorWorld(world) }));
}
