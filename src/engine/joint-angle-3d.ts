/** Angle at joint b between b->a and b->c for 3D points, in degrees 0..180 (180 = straight). */
export function jointAngle3d(a: readonly number[], b: readonly number[], c: readonly number[]): number {
  const u = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const v = [c[0] - b[0], c[1] - b[1], c[2] - b[2]];
  const norm = Math.hypot(u[0], u[1], u[2]) * Math.hypot(v[0], v[1], v[2]);
  if (norm === 0) return 180;
  const cos = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / norm;
  return (Math.acos(cos > 1 ? 1 : cos < -1 ? -1 : cos) * 180) / Math.PI;
}
