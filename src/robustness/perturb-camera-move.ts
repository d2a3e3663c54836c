/**
 * The camera moved around the person (about the vertical axis, `aroundDegrees`) and up
 * (`higherDegrees`, looking down onto them), both about the hip centre. The world points turn
 * (world y is the vertical for the level cameras of the dev clips), and the picture follows by the
 * weak-perspective model (weak-perspective.ts): each keypoint moves by its world point's move times
 * the person's pixels per metre in that frame, and its z by the world z's move times the track's depth
 * gain. The hip centre stays where it was in the picture, the person keeps their size, and what the
 * model does not explain (perspective, detector error) is kept, so 0 degrees gives the track back
 * unchanged. Scores stay with their landmarks. A frame without world points cannot be moved and is
 * lost.
 */
import type { PoseTrack, WorldPoint } from '../track/track';
import { mapPoses } from './map-poses';
import { radians, rotateWorld } from './rotate-world';
import { depthPerMetre, followWorld, pixelsPerMetre } from './weak-perspective';

export interface CameraMove {
  aroundDegrees: number;
  higherDegrees: number;
}

export function moveCamera(track: PoseTrack, move: CameraMove): PoseTrack {
  const { width, height } = track.source;
  const depthGain = depthPerMetre(track);
  const turn = (p: WorldPoint): WorldPoint => rotateWorld(rotateWorld(p, 'y', radians(move.aroundDegrees)), 'x', radians(move.higherDegrees));
  return mapPoses(track, ({ keypoints, world }) => {
    const perMetre = world && pixelsPerMetre(keypoints, world, width, height);
    if (!world || !perMetre) return null;
    const moved = world.map(turn);
    return {
      keypoints: followWorld(keypoints, world, moved, { width, height, perMetre, depthGain }),
      world: moved,
    };
  });
}
