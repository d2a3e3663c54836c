/**
 * Right-handed rotation of a world point (BlazePose keypoints3D: x right, y down, z away from the
 * camera, metres about the hip centre) about one camera axis through the hip centre.
 */
import type { WorldPoint } from '../track/track';

export type CameraAxis = 'x' | 'y' | 'z';

export function rotateWorld([x, y, z]: WorldPoint, axis: CameraAxis, radians: number): WorldPoint {
  const c = Math.cos(radians);
  const s = Math.sin(radians);
  if (axis === 'x') return [x, y * c - z * s, y * s + z * c];
  if (axis === 'y') return [x * c + z * s, y, -x * s + z * c];
  return [x * c - y * s, x * s + y * c, z];
}

export const radians = (degrees: number): number => (degrees * Math.PI) / 180;
