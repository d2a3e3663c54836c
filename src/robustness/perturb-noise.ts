/**
 * Detector jitter: every keypoint moves by Gaussian noise with a standard deviation of `fraction` of
 * the frame's longer side, the same in x and y (pixels are square). The world points move by the
 * same displacement converted to metres at the person's own scale (weak-perspective.ts), so picture
 * and world stay consistent. Seeded: the same seed gives the same track.
 */
import type { PoseTrack } from '../track/track';
import { seededRandom } from '../synth/random';
import { mapPoses } from './map-poses';
import { pixelsPerMetre } from './weak-perspective';

export function addKeypointNoise(track: PoseTrack, fraction: number, seed: number): PoseTrack {
  const { width, height } = track.source;
  const sigma = fraction * Math.max(width, height);
  const random = seededRandom(seed);
  return mapPoses(track, ({ keypoints, world }) => {
    const shifts = keypoints.map(() => [random.gaussian(sigma), random.gaussian(sigma)]);
    const perMetre = world && pixelsPerMetre(keypoints, world, width, height);
    return {
      keypoints: keypoints.map(([x, y, z, score], i) => [x + shifts[i][0] / width, y + shifts[i][1] / height, z, score]),
      world: world && world.map(([x, y, z], i) => (perMetre ? [x + shifts[i][0] / perMetre, y + shifts[i][1] / perMetre, z] : [x, y, z])),
    };
  });
}
