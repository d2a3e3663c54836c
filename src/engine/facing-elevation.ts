/**
 * Elevation of the segment a->b above the horizontal, in degrees -180..180, measured from the
 * horizontal that points `towards` (+1: image right, -1: image left), image y growing downwards:
 * 0 = level that way, 90 = straight up, -90 = straight down, ±180 = level the other way.
 *
 * Unlike segmentAngle it does not fold at straight down: a limb hanging a little forward reads
 * -95 and a little back -85, so a limb that swings from hanging to level reads its whole swing
 * even when the picture is turned a few degrees (a vertical limb is exactly where a fold sits).
 */
export function facingElevation(ax: number, ay: number, bx: number, by: number, towards: number): number {
  const along = (bx - ax) * Math.sign(towards);
  const up = ay - by;
  if (along === 0 && up === 0) return 0;
  return (Math.atan2(up, along) * 180) / Math.PI;
}
