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
import { add, cross, scale, sub, unit, type Vec3 } from './vec3';

const DEG = 180 / Math.PI;

const mid = (w: readonly WorldPoint[], a: number, b: number): Vec3 => scale(add(w[a], w[b]), 0.5);

/** The floor's unit normal, pointing up, from a resting pose's world points; null where the axes are degenerate. */
export function floorNormal(w: readonly WorldPoint[]): Vec3 | null {
  if (w.length < 33) return null;
  const along = sub(mid(w, KP.left_shoulder, KP.right_shoulder), mid(w, KP.left_hip, KP.right_hip));
  const across = add(sub(w[KP.left_hip], w[KP.right_hip]), sub(w[KP.left_shoulder], w[KP.right_shoulder]));
  const n = unit(cross(along, across));
  if (!n) return null;
  // World y points down: the normal up has a negative y.
  return n[1] > 0 ? scale(n, -1) : n;
}

/** Elevation of the segment a->b above the plane with unit normal `normal`, -90..90 degrees. Allocates nothing: rules read it per frame. */
export function planeElevation(a: WorldPoint, b: WorldPoint, normal: Vec3): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const dz = b[2] - a[2];
  const length = Math.hypot(dx, dy, dz);
  if (length === 0) return 0;
  const sine = (dx * normal[0] + dy * normal[1] + dz * normal[2]) / length;
  return Math.asin(Math.min(1, Math.max(-1, sine))) * DEG;
}
