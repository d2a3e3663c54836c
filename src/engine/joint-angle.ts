/** Angle at joint b between the segments b->a and b->c, in degrees 0..180 (180 = straight). */
export function jointAngle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const ux = ax - bx;
  const uy = ay - by;
  const vx = cx - bx;
  const vy = cy - by;
  const norm = Math.sqrt((ux * ux + uy * uy) * (vx * vx + vy * vy));
  if (norm === 0) return 180;
  const cos = (ux * vx + uy * vy) / norm;
  return (Math.acos(cos > 1 ? 1 : cos < -1 ? -1 : cos) * 180) / Math.PI;
}
