/**
 * Signed distance of p from the line through a and b, in the units of the coordinates: positive when
 * p lies above the line (towards the top of the image). Whichever way the line is drawn (a->b or
 * b->a, person facing left or right) gives the same sign, because "above" is gravity's, not the body's.
 */
export function pointLineDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  let dx = bx - ax;
  let dy = by - ay;
  const length = Math.sqrt(dx * dx + dy * dy);
  if (length === 0) return ay - py;
  // Orient the line left-to-right so the cross product's sign means the same thing for both facings.
  if (dx < 0 || (dx === 0 && dy > 0)) {
    dx = -dx;
    dy = -dy;
  }
  return (dy * (px - ax) - dx * (py - ay)) / length;
}
