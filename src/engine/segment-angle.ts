/**
 * Elevation of the segment a->b above the horizontal, in degrees -90..90 (positive = b higher than a),
 * in image coordinates (y grows downwards). It ignores whether the segment points left or right, so
 * it reads the same for a person facing either way and for mirrored video.
 */
export function segmentAngle(ax: number, ay: number, bx: number, by: number): number {
  const dx = Math.abs(bx - ax);
  const up = ay - by;
  if (dx === 0 && up === 0) return 0;
  return (Math.atan2(up, dx) * 180) / Math.PI;
}
