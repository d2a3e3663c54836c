/**
 * The floor as a plane in the detector's world points, learnt from a resting body lying or on all
 * fours: its along axis (hips to shoulders) and its left-right axis (hips and shoulders together)
 * both lie along the floor then, so their cross product is the floor's normal, turned away from
 * the camera's down (world y points down). A segment's elevation above that plane is the body's own
 * lift, which no camera height or tilt changes, where a picture shows a lift foreshortened and the
 * far side's limbs shifted up.
 */
import type { WorldPoint } from '../track/track';
import { KP } from '../track/keypoint-names';

export type Vec3 = readonly [number, number, number];

const DEG = 180 / Math.PI;

const mid = (w: readonly WorldPoint[], a: number, b: number): Vec3 => [(w[a][0] + w[b][0]) / 2, (w[a][1] + w[b][1]) / 2, (w[a][2] + w[b][2]) / 2];

/** The floor's unit normal, pointing up, from a resting pose's world points; null where the axes are degenerate. */
export function floorNormal(w: readonly WorldPoint[]): Vec3 | null {
  if (w.length < 33) return null;
  const s = mid(w, KP.left_shoulder, KP.right_shoulder);
  const h = mid(w, KP.left_hip, KP.right_hip);
  const along = [s[0] - h[0], s[1] - h[1], s[2] - h[2]];
  const across = [0, 1, 2].map((i) => w[KP.left_hip][i] - w[KP.right_hip][i] + w[KP.left_shoulder][i] - w[KP.right_shoulder][i]);
  const n: [number, number, number] = [
    along[1] * across[2] - along[2] * across[1],
    along[2] * across[0] - along[0] * across[2],
    along[0] * across[1] - along[1] * across[0],
  ];
  const length = Math.hypot(...n);
  if (length === 0) return null;
  // World y points down: the normal up has a negative y.
  const up = n[1] > 0 ? -1 : 1;
  return [(up * n[0]) / length, (up * n[1]) / length, (up * n[2]) / length];
}

/** Elevation of the segment a->b above the plane with unit normal `normal`, -90..90 degrees. */
export function planeElevation(a: WorldPoint, b: WorldPoint, normal: Vec3): number {
  const d = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const length = Math.hypot(d[0], d[1], d[2]);
  if (length === 0) return 0;
  const sine = (d[0] * normal[0] + d[1] * normal[1] + d[2] * normal[2]) / length;
  return Math.asin(Math.min(1, Math.max(-1, sine))) * DEG;
}
