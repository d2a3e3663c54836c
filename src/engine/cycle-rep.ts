/**
 * What a cycle-counted rep (a circle, a swing, a crunch to one side) did, in the shape of a counted
 * rep's summary, so the spec's rep-end rules (range reached, reach of a swing) judge it as they judge
 * any rep: the highest signal and the metric's extremes since the last cycle.
 */
import type { Cycle } from './cycle-counter';
import type { RepSummary } from './rep-counter';

export class CycleRep {
  private peak = -Infinity;
  private peakT = 0;
  private peakMetric = NaN;
  private maxMetric = -Infinity;
  private minMetric = Infinity;

  /** One usable frame's progress signal and metric. */
  update(t: number, signal: number, metric: number): void {
    if (signal > this.peak) {
      this.peak = signal;
      this.peakT = t;
      this.peakMetric = metric;
    }
    if (metric > this.maxMetric) this.maxMetric = metric;
    if (metric < this.minMetric) this.minMetric = metric;
  }

  /** The summary of the rep that `cycle` ends; the next rep starts from here. */
  close(cycle: Cycle): RepSummary {
    const rep: RepSummary = {
      start: cycle.start,
      end: cycle.turn,
      topStart: this.peakT,
      topEnd: this.peakT,
      peak: Number.isFinite(this.peak) ? this.peak : 0,
      peakMetric: this.peakMetric,
      maxMetric: this.maxMetric,
      minMetric: this.minMetric,
      lowerSeconds: null,
      risingUntil: this.peakT,
    };
    this.peak = -Infinity;
    this.peakMetric = NaN;
    this.maxMetric = -Infinity;
    this.minMetric = Infinity;
    return rep;
  }
}
