/**
 * The samples of one repetition's progress signal, kept so its top plateau can be timed: when the
 * signal first reached a level on the way up and last was at it on the way down, interpolated
 * between frames (a 5 fps track times a hold as well as a 60 fps one). Gaps in tracking are marked
 * so that no crossing is interpolated across them. Storage grows once and is then reused.
 */
export class SignalHistory {
  private t = new Float64Array(256);
  private s = new Float64Array(256);
  /** Whether a tracking gap lies just before sample i. */
  private gapBefore = new Uint8Array(256);
  private n = 0;
  private gapPending = false;
  private scratch = new Float64Array(256);

  get length(): number {
    return this.n;
  }

  /** Starts a new history holding just this sample (the last one before the rep began). */
  restart(t: number, s: number): void {
    this.n = 0;
    this.gapPending = false;
    this.push(t, s);
  }

  push(t: number, s: number): void {
    if (this.n === this.t.length) this.grow();
    this.t[this.n] = t;
    this.s[this.n] = s;
    this.gapBefore[this.n] = this.gapPending ? 1 : 0;
    this.gapPending = false;
    this.n++;
  }

  markGap(): void {
    this.gapPending = true;
  }

  /** When the signal first reached `level`, interpolated from the sample before. */
  firstReached(level: number): number {
    let i = 0;
    while (i < this.n - 1 && this.s[i] < level) i++;
    if (i === 0 || this.gapBefore[i] || this.s[i] < level) return this.t[i];
    return this.interpolate(i - 1, i, level);
  }

  /**
   * Since when the signal has stayed at or above `level` (which the latest sample is): where it last
   * rose to it, interpolated from the sample before.
   */
  stayedSince(level: number): number {
    let i = this.n - 1;
    while (i > 0 && this.s[i - 1] >= level) i--;
    if (i === 0 || this.gapBefore[i]) return this.t[i];
    return this.interpolate(i - 1, i, level);
  }

  /** When the signal was last at `level`, interpolated to where it dropped below. */
  lastAt(level: number): number {
    let i = this.n - 1;
    while (i > 0 && this.s[i] < level) i--;
    if (i === this.n - 1 || this.gapBefore[i + 1]) return this.t[i];
    return this.interpolate(i, i + 1, level);
  }

  /**
   * The level the signal was held at, and how much it wandered there: the median of the samples
   * within `band` of the maximum, and their median absolute deviation. A median, not the maximum,
   * so that one noisy sample does not raise the bar for the whole hold.
   */
  heldLevel(band: number): { level: number; spread: number } {
    let max = -Infinity;
    for (let i = 0; i < this.n; i++) if (this.s[i] > max) max = this.s[i];
    if (this.scratch.length < this.n) this.scratch = new Float64Array(this.t.length);
    let m = 0;
    for (let i = 0; i < this.n; i++) if (this.s[i] >= max - band) this.scratch[m++] = this.s[i];
    const top = this.scratch.subarray(0, m).sort();
    const level = top[m >> 1];
    for (let i = 0; i < m; i++) top[i] = Math.abs(top[i] - level);
    top.sort();
    return { level, spread: top[m >> 1] };
  }

  private interpolate(a: number, b: number, level: number): number {
    const f = (level - this.s[a]) / (this.s[b] - this.s[a]);
    return this.t[a] + Math.min(1, Math.max(0, f)) * (this.t[b] - this.t[a]);
  }

  private grow(): void {
    const size = this.t.length * 2;
    const t = new Float64Array(size);
    const s = new Float64Array(size);
    const g = new Uint8Array(size);
    t.set(this.t);
    s.set(this.s);
    g.set(this.gapBefore);
    this.t = t;
    this.s = s;
    this.gapBefore = g;
  }
}
