/**
 * Which way a 2D trajectory turns: the signed area it sweeps about its first point (shoelace sum),
 * closed by the chord back to that point. Counter-clockwise in (x, y) is positive, which for two
 * signals means x leads y. It needs no centre, so a body that sways or a camera that drifts does not
 * change the answer, and it grows with the loop's size, so a line traced back and forth (a swing, not
 * a circle) stays near zero.
 */
export class SignedArea {
  area = 0;
  private x0 = 0;
  private y0 = 0;
  private px = 0;
  private py = 0;
  private minX = 0;
  private maxX = 0;
  private started = false;

  /** Starts a new trajectory at this point. */
  restart(x: number, y: number): void {
    this.area = 0;
    this.x0 = this.px = this.minX = this.maxX = x;
    this.y0 = this.py = y;
    this.started = true;
  }

  add(x: number, y: number): void {
    if (!this.started) return this.restart(x, y);
    // Cross product of consecutive points relative to the first: twice the triangle's signed area.
    this.area += ((this.px - this.x0) * (y - this.y0) - (x - this.x0) * (this.py - this.y0)) / 2;
    this.px = x;
    this.py = y;
    if (x < this.minX) this.minX = x;
    if (x > this.maxX) this.maxX = x;
  }

  /** How far x ranged over the trajectory (the loop's width, for judging its area). */
  get widthX(): number {
    return this.maxX - this.minX;
  }
}
