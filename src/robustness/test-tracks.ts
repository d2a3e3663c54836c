/** Tracks and measures the robustness and fault tests share: plain geometry, not the engine's features. */
import type { Keypoint, PoseTrack, WorldPoint } from '../track/track';
import { BONES } from '../track/keypoint-names';
import { synthesizeTrack } from '../synth';

/** A short synthetic glute bridge on a 16:9 frame, so that aspect mistakes show. */
export const bridgeTrack = (): PoseTrack => synthesizeTrack({ exercise: 'glute-bridge', reps: 1, fps: 15, seed: 3 }).track;

/** A synthetic bird-dog held 3 s, and its hold: a clean raised leg and arm to inject faults into. */
export function birdDogHold(): { track: PoseTrack; hold: { start: number; end: number } } {
  const { track, truth } = synthesizeTrack({ exercise: 'bird-dog', reps: 1, holdSeconds: 3, fps: 15, seed: 3 });
  return { track, hold: truth.holds[0] };
}

export const framesWithPerson = (track: PoseTrack) => track.frames.filter((f) => f.keypoints !== null);

/** Length of every bone, in pixels. */
export function pixelBones(keypoints: readonly Keypoint[], width: number, height: number): number[] {
  return BONES.map(([a, b]) => Math.hypot((keypoints[a][0] - keypoints[b][0]) * width, (keypoints[a][1] - keypoints[b][1]) * height));
}

/** Length of every bone, in metres. */
export function worldBones(world: readonly WorldPoint[]): number[] {
  return BONES.map(([a, b]) => Math.hypot(world[a][0] - world[b][0], world[a][1] - world[b][1], world[a][2] - world[b][2]));
}
