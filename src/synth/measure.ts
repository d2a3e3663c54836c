/**
 * Plain geometry on a track's keypoints, in pixels, for the synth's own tests: enough to check that
 * a motion or a fault is really in the picture. Not the engine's features, and not to be used by it.
 */
import { frameIndexAt } from '../track/frame-index';
import { KP, type KeypointName } from '../track/keypoint-names';
import type { PoseFrame, PoseTrack } from '../track/track';
import { FRAME } from './camera';

export type Point = [number, number];

/** Landmark in pixels with y pointing up, so "higher" means a larger number. */
export function pixel(frame: PoseFrame, name: KeypointName): Point {
  if (!frame.keypoints) throw new Error(`no person at t=${frame.t}`);
  const [x, y] = frame.keypoints[KP[name]];
  return [x * FRAME.width, (1 - y) * FRAME.height];
}

/** Interior angle at b of the path a-b-c, degrees 0..180. */
export function angleAt(a: Point, b: Point, c: Point): number {
  const u = [a[0] - b[0], a[1] - b[1]];
  const v = [c[0] - b[0], c[1] - b[1]];
  const cos = (u[0] * v[0] + u[1] * v[1]) / (Math.hypot(u[0], u[1]) * Math.hypot(v[0], v[1]));
  return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
}

/** Signed distance of p from the line a->b; positive on the left of the direction a->b. */
export function sideOfLine(p: Point, a: Point, b: Point): number {
  const d = [b[0] - a[0], b[1] - a[1]];
  return (d[0] * (p[1] - a[1]) - d[1] * (p[0] - a[0])) / Math.hypot(d[0], d[1]);
}

/** Direction of a->b in degrees, 0 = image right, 90 = up. */
export function direction(a: Point, b: Point): number {
  return (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
}

export const distance = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The frame nearest to time t. */
export function frameAt(track: PoseTrack, t: number): PoseFrame {
  const i = frameIndexAt(track.frames, t);
  const next = track.frames[i + 1];
  return next && Math.abs(next.t - t) < Math.abs(track.frames[i].t - t) ? next : track.frames[i];
}

/** Midpoint of an interval, for sampling the middle of a hold or a rest. */
export const middle = (i: { start: number; end: number }): number => (i.start + i.end) / 2;
