/**
 * The signal's level in the start pose, learnt from the person rather than fixed in the spec: a
 * pillow under the head, a rolled or raised camera or a body that lies a little bent all make
 * "lying flat" read as part of the way up. There is no cap: a rest that reads high is still the
 * rest, and the lift is measured from it.
 *
 * Only the bottom of a valley teaches the rest: a sample that is the lowest of the `valleySeconds`
 * around it, with samples on both sides (a pose held still, or the turn at the bottom of a rep
 * done without a pause). Lying down or sitting up pass through readings far below the rest without
 * turning there, so they are never learnt. From valley samples the baseline follows the signal
 * down at once and creeps up slowly (a leaky minimum), and only outside the `up` phase, so a held
 * lift is never taken for the rest. Until a valley has been seen, the spec's nominal start (0) stands in.
 */
export interface RestBaselineConfig {
  /** How fast (signal units per second) the baseline rises towards a higher rest. */
  creepPerSecond: number;
  /** Width of the window whose lowest sample, in its middle, is a valley. */
  valleySeconds: number;
}

export const DEFAULT_REST_BASELINE: RestBaselineConfig = { creepPerSecond: 0.05, valleySeconds: 0.4 };

const WINDOW = 64;

export class RestBaseline {
  /** The learnt rest, or null before a still pose was seen. */
  level: number | null = null;
  private lastLearnT: number | null = null;
  private readonly ts = new Float64Array(WINDOW);
  private readonly ss = new Float64Array(WINDOW);
  private n = 0;
  private head = 0;

  constructor(private readonly config: RestBaselineConfig = DEFAULT_REST_BASELINE) {}

  /** Learns from a sample taken outside the lift (pass `learn = false` while up) and returns the lift above the rest (>= 0). */
  apply(t: number, signal: number, learn: boolean): number {
    this.remember(t, signal);
    const valley = learn ? this.valley(t) : null;
    if (valley !== null) {
      const creep = this.level === null || this.lastLearnT === null ? Infinity : (t - this.lastLearnT) * this.config.creepPerSecond;
      this.level = this.level === null ? valley : Math.min(this.level + creep, valley);
      this.lastLearnT = t;
    }
    const lift = signal - (this.level ?? 0);
    return lift < 0 ? 0 : lift;
  }

  /** Forget the rest (a new view of the person): the next valley is the rest. */
  reset(): void {
    this.level = null;
    this.lastLearnT = null;
    this.n = 0;
  }

  /**
   * The same rest seen through a changed reference frame (a floor learnt): the rest moves by what
   * the change moved this frame's reading, and the window starts over. The frame the change comes
   * at may already be lifting, so its own reading is not taken as the rest.
   */
  shift(delta: number): void {
    if (this.level !== null) this.level += delta;
    this.n = 0;
  }

  /** A gap in tracking: no valley is judged across it. */
  breakWindow(): void {
    this.n = 0;
  }

  private remember(t: number, s: number): void {
    this.head = (this.head + 1) % WINDOW;
    this.ts[this.head] = t;
    this.ss[this.head] = s;
    if (this.n < WINDOW) this.n++;
  }

  /** The sample in the middle of the last `valleySeconds`, if it is the lowest of them; else null. */
  private valley(t: number): number | null {
    const w = this.config.valleySeconds;
    let oldest = -1;
    for (let k = 0; k < this.n; k++) {
      const i = (this.head - k + WINDOW) % WINDOW;
      if (t - this.ts[i] >= w) {
        oldest = k;
        break;
      }
    }
    if (oldest < 2) return null;
    let mid = 0;
    while (mid < oldest && t - this.ts[(this.head - mid + WINDOW) % WINDOW] < w / 2) mid++;
    const centre = this.ss[(this.head - mid + WINDOW) % WINDOW];
    for (let k = 0; k <= oldest; k++) if (this.ss[(this.head - k + WINDOW) % WINDOW] < centre) return null;
    return centre;
  }
}
