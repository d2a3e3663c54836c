/**
 * The person's own range of motion, learnt from their reps: the first rep must reach the spec's
 * nominal range (1 = its full ramp), after that the enter and exit levels are fractions of what this
 * person really lifts in this view. A camera off the side or above shrinks or stretches every
 * angle; a stiff back lifts less, a supple one far more. The range is the median of the last few
 * reps' peaks, never under `minRange` (so noise is never a rep) nor over `maxRange` (so one wild
 * reading cannot put the next reps out of reach).
 */
export interface PersonRangeConfig {
  /** Smallest range the thresholds may shrink to, in nominal units. */
  minRange: number;
  /** Largest range, in nominal units. */
  maxRange: number;
  /** How many recent reps the range is the median of. */
  window: number;
}

export const DEFAULT_PERSON_RANGE: PersonRangeConfig = { minRange: 0.5, maxRange: 3, window: 3 };

export class PersonRange {
  range = 1;
  private peaks: number[] = [];
  /** Highest lift since the last rep ended, nominal units (the scaled signal is clamped later; this is not). */
  private top = 0;

  constructor(private readonly config: PersonRangeConfig = DEFAULT_PERSON_RANGE) {}

  /** The lift above rest (nominal units) as a fraction of the person's range. */
  scale(lift: number): number {
    if (lift > this.top) this.top = lift;
    return lift / this.range;
  }

  /** A rep ended: its highest lift is learnt if it was finished, and the next rep starts afresh. */
  endRep(finished: boolean): void {
    if (finished) this.learn(this.top);
    this.top = 0;
  }

  private learn(peak: number): void {
    this.peaks.push(peak);
    if (this.peaks.length > this.config.window) this.peaks.shift();
    const sorted = [...this.peaks].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    this.range = Math.min(this.config.maxRange, Math.max(this.config.minRange, median));
  }

  reset(): void {
    this.range = 1;
    this.peaks = [];
    this.top = 0;
  }
}
