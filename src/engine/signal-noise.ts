/**
 * How much a progress signal jitters, live, apart from the movement itself: the median absolute
 * second difference of its samples, scaled to a standard deviation. A steady rise or lowering has
 * next to no second difference (its slope hardly changes from one frame to the next), while noisy
 * keypoints make every sample jump; a median is not moved by the turn at the top or a lone spike.
 *
 * The absolute second differences are kept sorted (an insertion each sample, storage grown once
 * and then reused), so the median is read in constant time each frame, however long the hold.
 */

/** For Gaussian noise of sigma s, a second difference has sigma s * sqrt(6); its median absolute value is 0.6745 of that. */
const MEDIAN_ABS_SECOND_DIFFERENCE = 0.6745 * Math.sqrt(6);

export class SignalNoise {
  private sorted = new Float64Array(256);
  private n = 0;
  private prev = NaN;
  private prev2 = NaN;

  /** A new rep: no difference is taken across its start. */
  restart(): void {
    this.n = 0;
    this.prev = NaN;
    this.prev2 = NaN;
  }

  push(s: number): void {
    const d = Math.abs(s - 2 * this.prev + this.prev2);
    this.prev2 = this.prev;
    this.prev = s;
    if (Number.isNaN(d)) return;
    if (this.n === this.sorted.length) this.grow();
    // Binary search for the insertion point, then one block move.
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] <= d) lo = mid + 1;
      else hi = mid;
    }
    this.sorted.copyWithin(lo + 1, lo, this.n);
    this.sorted[lo] = d;
    this.n++;
  }

  /** The signal's noise as a standard deviation; 0 before three samples. */
  get sigma(): number {
    if (this.n === 0) return 0;
    const median = this.n % 2 ? this.sorted[this.n >> 1] : (this.sorted[this.n / 2 - 1] + this.sorted[this.n / 2]) / 2;
    return median / MEDIAN_ABS_SECOND_DIFFERENCE;
  }

  private grow(): void {
    const sorted = new Float64Array(this.sorted.length * 2);
    sorted.set(this.sorted);
    this.sorted = sorted;
  }
}
