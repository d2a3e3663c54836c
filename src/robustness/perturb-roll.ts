/**
 * A camera rolled about its axis (a tilted laptop): the picture turns about its centre by `degrees`
 * (positive = clockwise on screen), in pixels so that a non-square frame is not sheared, and the
 * camera-aligned world points turn with it about the camera axis. Depth and scores do not change;
 * landmarks turned out of the frame stay where the rotation puts them.
 */
import type { Keypoint, PoseTrack } from '../track/track';
import { mapPoses } from './map-poses';
import { radians, rotateWorld } from './rotate-world';

export function rollCamera(track: PoseTrack, degrees: number): PoseTrack {
  const { width, height } = track.source;
  const a = radians(degrees);
  const c = Math.cos(a);
  const s = Math.sin(a);
  const roll = ([x, y, z, score]: Keypoint): Keypoint => {
    const px = (x - 0.5) * width;
    const py = (y - 0.5) * height;
    return [0.5 + (c * px - s * py) / width, 0.5 + (s * px + c * py) / height, z, score];
  };
  return mapPoses(track, ({ keypoints, world }) => ({
    keypoints: keypoints.map(roll),
    world: world && world.map((p) => rotateWorld(p, 'z', a)),
  }));
}
