/**
 * The signal's level in the start pose, learnt from the person rather than fixed in the spec: a
 * pillow under the head or a camera a little off level can make "lying flat" read as a quarter of
 * the way up, which would eat the gap between the exit and enter thresholds. The baseline follows
 * the signal down at once and creeps up slowly (a leaky minimum), only outside the `up` phase, and
 * never above `maxBaseline`, so a lift is never learnt as the rest.
 */
export interface RestBaselineConfig {
  /** Highest signal that may be taken as the start pose. */
  maxBaseline: number;
  /** How fast (signal units per second) the baseline rises towards a higher rest. */
  creepPerSecond: number;
}

export const DEFAULT_REST_BASELINE: RestBaselineConfig = { maxBaseline: 0.3, creepPerSecond: 0.05 };

export class RestBaseline {
  level = 0;
  private lastT: number | null = null;

  constructor(private readonly config: RestBaselineConfig = DEFAULT_REST_BASELINE) {}

  /** Learns from a sample taken outside the lift (pass `learn = false` while up) and returns it rescaled. */
  apply(t: number, signal: number, learn: boolean): number {
    if (learn) {
      const creep = this.lastT === null ? Infinity : (t - this.lastT) * this.config.creepPerSecond;
      this.level = Math.min(this.level + creep, signal, this.config.maxBaseline);
      if (this.level < 0) this.level = 0;
    }
    this.lastT = t;
    const scaled = (signal - this.level) / (1 - this.level);
    return scaled < 0 ? 0 : scaled;
  }
}
