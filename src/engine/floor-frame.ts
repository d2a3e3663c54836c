/**
 * The person's own reference frame: the floor line, learnt from the support points of the start
 * pose (shoulders and feet lying down, hands and knees on all fours), and the smoothed picture
 * turned so that line is level. Every elevation and height the specs read is then against the
 * floor the person lies on, not the image's edge, so a laptop tilted 20° counts like a level one.
 *
 * The floor is learnt once per view, the first time the person is seen resting (their supports
 * are on the floor then), and kept: following it would let a noisy support point or a half-lifted
 * limb tilt it. A camera move or a long gap forgets it (`reset`). Until then each frame's own
 * support line stands in (a rolled camera must not fail the posture check before any rest), or,
 * for supports that lift in a rep (`holdThroughLift`), the line last read near rest: on all fours
 * a raised hand and knee would turn the picture with the very lift it should measure. A floor steeper than
 * `maxTilt` is not believed: the camera is not rolled that far, the person is not lying yet.
 */
/** Steepest floor, degrees from the image horizontal, that is believed. */
export const MAX_FLOOR_TILT = 35;

const DEG = Math.PI / 180;

/** Direction of the line from the centroid of `from` to that of `to`, folded to -90..90 degrees (it has no front). */
export function floorTilt(xs: ArrayLike<number>, ys: ArrayLike<number>, from: readonly number[], to: readonly number[]): number {
  let ax = 0;
  let ay = 0;
  let bx = 0;
  let by = 0;
  for (const i of from) {
    ax += xs[i] / from.length;
    ay += ys[i] / from.length;
  }
  for (const i of to) {
    bx += xs[i] / to.length;
    by += ys[i] / to.length;
  }
  let dx = bx - ax;
  let dy = by - ay;
  if (dx < 0) {
    dx = -dx;
    dy = -dy;
  }
  return dx === 0 && dy === 0 ? 0 : Math.atan2(dy, dx) / DEG;
}

export class FloorFrame {
  /** Learnt floor tilt in degrees (image y down: positive = the line falls to the right), null before any. */
  tilt: number | null = null;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** The support line last read near rest, for supports that lift in a rep. */
  private held: number | null = null;

  private readonly maxTilt: number;
  private readonly holdThroughLift: boolean;

  constructor({ count = 33, maxTilt = MAX_FLOOR_TILT, holdThroughLift = false }: { count?: number; maxTilt?: number; holdThroughLift?: boolean } = {}) {
    this.xs = new Float64Array(count);
    this.ys = new Float64Array(count);
    this.maxTilt = maxTilt;
    this.holdThroughLift = holdThroughLift;
  }

  /** This frame's support line, if it is believable as a floor. */
  reading(xs: ArrayLike<number>, ys: ArrayLike<number>, from: readonly number[], to: readonly number[]): number | null {
    const tilt = floorTilt(xs, ys, from, to);
    return Math.abs(tilt) > this.maxTilt ? null : tilt;
  }

  /** What stands in for the floor before one is learnt, given this frame's support line (`reading`). */
  standIn(reading: number | null, nearRest: boolean): number | null {
    if (!this.holdThroughLift) return reading;
    if (nearRest) this.held = reading;
    return this.held;
  }

  /** Learns the floor from a resting frame, if none is known yet. */
  learn(xs: ArrayLike<number>, ys: ArrayLike<number>, from: readonly number[], to: readonly number[]): void {
    if (this.tilt === null) this.tilt = this.reading(xs, ys, from, to);
  }

  /** Writes the points turned so the learnt floor (or, before one, `guess` degrees) is level. */
  level(xs: ArrayLike<number>, ys: ArrayLike<number>, guess = 0): void {
    const a = -(this.tilt ?? guess) * DEG;
    const c = Math.cos(a);
    const s = Math.sin(a);
    for (let i = 0; i < this.xs.length; i++) {
      this.xs[i] = xs[i] * c - ys[i] * s;
      this.ys[i] = xs[i] * s + ys[i] * c;
    }
  }

  reset(): void {
    this.tilt = null;
    this.held = null;
  }
}
