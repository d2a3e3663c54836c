/**
 * PoseFrames as a few typed arrays instead of thousands of small JS arrays: about 4 bytes a number
 * (Float32 for coordinates and scores, Float64 for times), and IndexedDB clones a typed array as one
 * block of memory, so a long set is written without walking a million objects.
 */
import type { Keypoint, PoseFrame, WorldPoint } from '../track/track';
import type { MetricPoint } from '../session/session-core';

const POINTS = 33;
const KP = POINTS * 4;
const WP = POINTS * 3;

export interface PackedFrames {
  count: number;
  t: Float64Array;
  /** 33 × [x, y, z, score] per frame; NaN-filled where the frame had no person. */
  keypoints: Float32Array;
  /** 33 × [x, y, z] per frame; NaN-filled where the frame had no world points. */
  world: Float32Array;
  /** Per frame: bit 0 keypoints present, bit 1 world present. */
  present: Uint8Array;
}

export function packFrames(frames: readonly PoseFrame[]): PackedFrames {
  const n = frames.length;
  const out: PackedFrames = { count: n, t: new Float64Array(n), keypoints: new Float32Array(n * KP).fill(NaN), world: new Float32Array(n * WP).fill(NaN), present: new Uint8Array(n) };
  frames.forEach((f, i) => {
    out.t[i] = f.t;
    if (f.keypoints) {
      out.present[i] |= 1;
      f.keypoints.forEach((k, j) => out.keypoints.set(k, i * KP + j * 4));
    }
    if (f.world) {
      out.present[i] |= 2;
      f.world.forEach((w, j) => out.world.set(w, i * WP + j * 3));
    }
  });
  return out;
}

function points<T extends number[]>(data: Float32Array, offset: number, size: number): T[] {
  const pts: T[] = [];
  for (let j = 0; j < POINTS; j++) pts.push(Array.from(data.subarray(offset + j * size, offset + (j + 1) * size)) as T);
  return pts;
}

export function unpackFrames(p: PackedFrames): PoseFrame[] {
  const frames: PoseFrame[] = [];
  for (let i = 0; i < p.count; i++) {
    const frame: PoseFrame = { t: p.t[i], keypoints: p.present[i] & 1 ? points<Keypoint>(p.keypoints, i * KP, 4) : null };
    if (p.present[i] & 2) frame.world = points<WorldPoint>(p.world, i * WP, 3);
    frames.push(frame);
  }
  return frames;
}

export interface PackedSeries {
  count: number;
  t: Float64Array;
  /** NaN stands for null. */
  metric: Float32Array;
  signal: Float32Array;
}

export function packSeries(series: readonly MetricPoint[]): PackedSeries {
  const n = series.length;
  const out: PackedSeries = { count: n, t: new Float64Array(n), metric: new Float32Array(n), signal: new Float32Array(n) };
  series.forEach((s, i) => {
    out.t[i] = s.t;
    out.metric[i] = s.metric ?? NaN;
    out.signal[i] = s.signal ?? NaN;
  });
  return out;
}

const orNull = (v: number) => (Number.isNaN(v) ? null : v);

export function unpackSeries(p: PackedSeries): MetricPoint[] {
  const out: MetricPoint[] = [];
  for (let i = 0; i < p.count; i++) out.push({ t: p.t[i], metric: orNull(p.metric[i]), signal: orNull(p.signal[i]) });
  return out;
}
