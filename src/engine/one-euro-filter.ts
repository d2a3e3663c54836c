/**
 * One Euro filter (Casiez, Roussel, Vogel, CHI 2012): a low-pass filter whose cut-off rises with
 * speed, so a still keypoint stops jittering while a moving one does not lag. Driven by timestamps,
 * not by a fixed rate: a detector running at 5 fps and one at 60 fps get the same response.
 */
import { LowPassFilter, lowPassAlpha } from './low-pass-filter';

export interface OneEuroConfig {
  /** Cut-off at rest, Hz: lower = smoother when still. */
  minCutoff: number;
  /** How fast the cut-off grows with speed (per unit/s): higher = less lag when moving. */
  beta: number;
  /** Cut-off for the speed estimate, Hz. */
  derivateCutoff: number;
}

export const DEFAULT_ONE_EURO: OneEuroConfig = { minCutoff: 1.5, beta: 4, derivateCutoff: 1 };

export class OneEuroFilter {
  private readonly x = new LowPassFilter();
  private readonly dx = new LowPassFilter();
  private lastT = 0;

  constructor(private readonly config: OneEuroConfig = DEFAULT_ONE_EURO) {}

  apply(value: number, t: number): number {
    if (!this.x.isInitialized()) {
      this.lastT = t;
      this.dx.apply(0, 1);
      return this.x.apply(value, 1);
    }
    const dt = t - this.lastT;
    // A repeated or backward timestamp carries no new information about speed.
    if (dt <= 0) return this.x.lastValue();
    this.lastT = t;
    const speed = this.dx.apply((value - this.x.lastValue()) / dt, lowPassAlpha(this.config.derivateCutoff, dt));
    const cutoff = this.config.minCutoff + this.config.beta * Math.abs(speed);
    return this.x.apply(value, lowPassAlpha(cutoff, dt));
  }

  reset(): void {
    this.x.reset();
    this.dx.reset();
  }
}
