/**
 * The projection model the perturbations that move the camera or the picture use: weak perspective.
 * The person's picture is their world points (hip-centred metres, camera-aligned) times one scale
 * (pixels per metre) plus a shift, and the keypoint z is the world z times one gain; whatever that
 * model leaves over (real perspective, detector error) is kept as it was. Both factors are fitted by
 * least squares over the 33 landmarks, so they follow a camera that zooms or a person who moves.
 */
import type { Keypoint, PoseTrack, WorldPoint } from '../track/track';

/** Least-squares slope of image against world values through their means; null when undefined or not positive. */
function fitSlope(pairs: [image: number[], world: number[]][]): number | null {
  let num = 0;
  let den = 0;
  for (const [image, world] of pairs) {
    const mi = mean(image);
    const mw = mean(world);
    for (let i = 0; i < image.length; i++) {
      num += (image[i] - mi) * (world[i] - mw);
      den += (world[i] - mw) ** 2;
    }
  }
  return den > 1e-12 && num > 0 ? num / den : null;
}

const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;

/** Pixels per metre of this person in this frame (x and y share the scale: pixels are square). */
export function pixelsPerMetre(keypoints: readonly Keypoint[], world: readonly WorldPoint[], width: number, height: number): number | null {
  return fitSlope([
    [keypoints.map((k) => k[0] * width), world.map((w) => w[0])],
    [keypoints.map((k) => k[1] * height), world.map((w) => w[1])],
  ]);
}

/**
 * Keypoint z units per metre of world z, the median over the track's frames (a property of the
 * model, steadier than one frame's fit); without a usable frame, BlazePose's nominal scale (z in
 * image widths) from the median pixels per metre.
 */
export function depthPerMetre(track: PoseTrack): number {
  const gains: number[] = [];
  const scales: number[] = [];
  for (const f of track.frames) {
    if (!f.keypoints || !f.world) continue;
    const g = fitSlope([[f.keypoints.map((k) => k[2]), f.world.map((w) => w[2])]]);
    if (g !== null) gains.push(g);
    const k = pixelsPerMetre(f.keypoints, f.world, track.source.width, track.source.height);
    if (k !== null) scales.push(k);
  }
  if (gains.length) return median(gains);
  return scales.length ? median(scales) / track.source.width : 0;
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface PictureScale {
  width: number;
  height: number;
  /** Pixels per metre of the person in this frame (pixelsPerMetre). */
  perMetre: number;
  /** Keypoint z units per metre of world z (depthPerMetre). */
  depthGain: number;
}

/**
 * The keypoints after the world points moved from `world` to `moved`: each keypoint moves by its
 * world point's move at the person's scale, so what the model does not explain stays as it was.
 */
export function followWorld(keypoints: readonly Keypoint[], world: readonly WorldPoint[], moved: readonly WorldPoint[], scale: PictureScale): Keypoint[] {
  const { width, height, perMetre, depthGain } = scale;
  return keypoints.map(([x, y, z, score], i) => [
    x + (perMetre * (moved[i][0] - world[i][0])) / width,
    y + (perMetre * (moved[i][1] - world[i][1])) / height,
    z + depthGain * (moved[i][2] - world[i][2]),
    score,
  ]);
}
