/**
 * A slower camera or detector: the frames a `fps` clock would have picked, by time. A frame is kept
 * when it is the first at or after the next tick of a clock started at the first frame, so uneven
 * source timing is handled and no pose is invented.
 */
import type { PoseFrame, PoseTrack } from '../track/track';

/** Ticks closer than this (seconds) count as reached: timestamps are rounded to 4 decimals. */
const TICK_TOLERANCE = 1e-3;

export function resampleFps(track: PoseTrack, fps: number): PoseTrack {
  const period = 1 / fps;
  const frames: PoseFrame[] = [];
  const t0 = track.frames[0]?.t ?? 0;
  let next = t0;
  for (const frame of track.frames) {
    if (frame.t < next - TICK_TOLERANCE) continue;
    frames.push(frame);
    next = t0 + (Math.floor((frame.t - t0) / period + TICK_TOLERANCE) + 1) * period;
  }
  return { ...track, source: { ...track.source, fps }, frames };
}
