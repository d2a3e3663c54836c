/**
 * Applies a change of picture to every frame where a person was found; frames without one stay as
 * they are. A change may return null when it cannot place the person (the frame is then lost, as a
 * detector would lose it), and a frame keeps `world` absent when the track has none.
 */
import type { Keypoint, PoseFrame, PoseTrack, WorldPoint } from '../track/track';

export interface Pose {
  keypoints: Keypoint[];
  world: WorldPoint[] | null;
}

export type PoseChange = (pose: Pose, frame: PoseFrame) => Pose | null;

export function mapPoses(track: PoseTrack, change: PoseChange): PoseTrack {
  const frames = track.frames.map((frame): PoseFrame => {
    if (!frame.keypoints) return frame;
    const pose = change({ keypoints: frame.keypoints, world: frame.world ?? null }, frame);
    const out: PoseFrame = { t: frame.t, keypoints: pose ? pose.keypoints : null };
    if (frame.world !== undefined) out.world = pose ? pose.world : null;
    return out;
  });
  return { ...track, frames };
}
