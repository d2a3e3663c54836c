/** The box around a body over a whole recording, for drawing a small skeleton large: crop to where the person is. */
import type { PoseFrame } from '../track/track';

export interface BodyBox {
  /** In source pixels. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Lowest body point before padding (the floor line), source pixels. */
  floor: number;
}

export function bodyBox(frames: Iterable<PoseFrame>, width: number, height: number, pad = 0.12, minScore = 0.3): BodyBox | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const f of frames) {
    for (const k of f.keypoints ?? []) {
      if (k[3] < minScore) continue;
      x0 = Math.min(x0, k[0] * width);
      x1 = Math.max(x1, k[0] * width);
      y0 = Math.min(y0, k[1] * height);
      y1 = Math.max(y1, k[1] * height);
    }
  }
  if (!Number.isFinite(x0)) return null;
  const p = pad * Math.max(x1 - x0, y1 - y0, 1);
  return { x0: x0 - p, y0: y0 - p, x1: x1 + p, y1: y1 + p, floor: y1 };
}

/** Canvas transform that fits the box into a w x h canvas, centred: [scale, offsetX, offsetY]. */
export function fitBox(box: BodyBox, w: number, h: number): [number, number, number] {
  const scale = Math.min(w / (box.x1 - box.x0), h / (box.y1 - box.y0));
  const ox = (w - (box.x1 - box.x0) * scale) / 2 - box.x0 * scale;
  const oy = (h - (box.y1 - box.y0) * scale) / 2 - box.y0 * scale;
  return [scale, ox, oy];
}
