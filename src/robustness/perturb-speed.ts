/**
 * The person moving `factor` times as fast: every timestamp divides by it. The frames keep their
 * poses, so the frame rate scales with the speed; the catalogue samples a faster person at the clip's
 * own rate again (a camera does not speed up), and never invents in-between poses for a slower one.
 */
import type { PoseTrack } from '../track/track';

export function scaleTime(track: PoseTrack, factor: number): PoseTrack {
  return {
    ...track,
    source: { ...track.source, fps: track.source.fps * factor },
    frames: track.frames.map((f) => ({ ...f, t: f.t / factor })),
  };
}
