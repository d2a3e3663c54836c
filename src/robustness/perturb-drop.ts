/**
 * Frames lost by the detector: exactly round(share x frames) frames, picked by a seeded shuffle,
 * lose their person (keypoints and world null). The same seed loses the same frames.
 */
import type { PoseFrame, PoseTrack } from '../track/track';
import { seededRandom } from '../synth/random';

export function dropFrames(track: PoseTrack, share: number, seed: number): PoseTrack {
  const random = seededRandom(seed);
  const order = track.frames.map((_, i) => i);
  const lost = Math.round(share * order.length);
  // Partial Fisher-Yates: the first `lost` places end up a uniform random choice.
  for (let i = 0; i < lost; i++) {
    const j = i + Math.floor(random.next() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const dropped = new Set(order.slice(0, lost));
  const frames = track.frames.map((f, i): PoseFrame => {
    if (!dropped.has(i)) return f;
    return f.world === undefined ? { t: f.t, keypoints: null } : { t: f.t, keypoints: null, world: null };
  });
  return { ...track, frames };
}
