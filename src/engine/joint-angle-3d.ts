/** Angle at joint b between b->a and b->c for 3D points, in degrees 0..180 (180 = straight). Allocates nothing: it runs per frame. */
export function jointAngle3d(a: readonly number[], b: readonly number[], c: readonly number[]): number {
  const ux = a[0] - b[0];
  const uy = a[1] - b[1];
  const uz = a[2] - b[2];
  const vx = c[0] - b[0];
  const vy = c[1] - b[1];
  const vz = c[2] - b[2];
  const norm = Math.sqrt((ux * ux + uy * uy + uz * uz) * (vx * vx + vy * vy + vz * vz));
  if (norm === 0) return 180;
  const cos = (ux * vx + uy * vy + uz * vz) / norm;
  return (Math.acos(cos > 1 ? 1 : cos < -1 ? -1 : cos) * 180) / Math.PI;
}
