/**
 * Turns phase transitions into repetitions: a rep runs from leaving the start pose to returning to
 * it, and counts once its `up` phase is confirmed. Along the way it keeps what the score, the hold
 * timer and the end-of-rep rules need: the peak of the signal, the metric there, the top plateau
 * and how long the lowering took.
 *
 * The top plateau is where the signal stays within `plateauDrop` of the level the rep was held at,
 * the way a person judges "held at the top" (near the highest point). Measuring it against the rep's
 * own top rather than a fixed level means a rep that falls short still gets its hold timed right.
 * While the rep is live the top is estimated from the highest signal so far; when it ends, from the
 * median of the top samples, which noise cannot inflate.
 */
import type { PhaseTransition } from './phase-machine';
import { SignalHistory } from './signal-history';

/** Samples within this much of the maximum make up the top whose median is the held level. */
const TOP_SAMPLES_BAND = 0.2;
/** Median absolute deviations below the held level that still count as held (3 sigma for Gaussian noise). */
const NOISE_MARGIN = 4.5;
/**
 * The rise has settled once the signal has stayed within this of its peak so far: a creep or noise
 * inside it is the person at their top, however its small steps fall. Measured back from the peak,
 * not from the last step up, so a slow creep does not restart the settling with every step (about
 * half the engine's top band, so the rules judge the upper half of the top).
 */
const RISE_BAND = 0.075;

export interface RepSummary {
  start: number;
  end: number;
  /** Start and end of the top plateau; a hold is timed over it. */
  topStart: number;
  topEnd: number;
  /** Highest signal in the rep. */
  peak: number;
  /** The exercise metric at the highest signal. */
  peakMetric: number;
  /** Highest and lowest metric while up (over-arching shows as a high one). */
  maxMetric: number;
  minMetric: number;
  /** Seconds from leaving the top plateau to reaching the exit level; null if cut off before. */
  lowerSeconds: number | null;
  /** Since when the signal has stayed within RISE_BAND of its peak: the rise has settled after it. */
  risingUntil: number;
}

export class RepCounter {
  count = 0;
  private rep: RepSummary | null = null;
  private readonly history = new SignalHistory();
  private restT = 0;
  /** Highest signal since the last rest sample, and the metric there. */
  private peak = -Infinity;
  private peakMetric = 0;

  constructor(
    private readonly exit: number,
    private readonly plateauDrop: number,
  ) {}

  /** Feeds one sample (after the phase machine); returns a finished rep, if this sample ended one. */
  update(t: number, signal: number, metric: number, transition: PhaseTransition | null): RepSummary | null {
    if (!this.rep && signal <= this.exit && transition === null) {
      this.restT = t;
      this.peak = -Infinity;
      this.history.restart(t, signal);
    } else {
      this.history.push(t, signal);
    }
    const newPeak = signal > this.peak;
    if (newPeak) {
      this.peak = signal;
      this.peakMetric = metric;
    }
    if (transition?.to === 'up') {
      this.rep = {
        start: this.restT,
        end: transition.t,
        topStart: transition.t,
        topEnd: transition.t,
        peak: this.peak,
        peakMetric: this.peakMetric,
        maxMetric: metric,
        minMetric: metric,
        lowerSeconds: null,
        risingUntil: this.history.stayedSince(this.peak - RISE_BAND),
      };
    }
    const rep = this.rep;
    if (!rep) return null;
    if (transition?.to === 'down') {
      rep.end = transition.t;
      this.closePlateau(rep);
      rep.lowerSeconds = Math.max(0, rep.end - rep.topEnd);
      // Back at rest: the next rep starts from here, even if (alternating sides) its rise is already under way.
      this.restT = t;
      this.peak = -Infinity;
      this.history.restart(t, signal);
      return this.close();
    }
    if (newPeak || transition?.to === 'up') {
      rep.risingUntil = this.history.stayedSince(this.peak - RISE_BAND);
      rep.peak = this.peak;
      rep.peakMetric = this.peakMetric;
      rep.topStart = this.history.firstReached(this.peak - this.plateauDrop);
    }
    if (metric > rep.maxMetric) rep.maxMetric = metric;
    if (metric < rep.minMetric) rep.minMetric = metric;
    return null;
  }

  /** Where the plateau of the rep so far began (live hold timing). */
  topStart(): number | null {
    return this.rep?.topStart ?? null;
  }

  /** Closes a rep cut off by the end of the source or a long drop-out; null if none is open. */
  close(end?: number): RepSummary | null {
    const rep = this.rep;
    if (!rep) return null;
    if (end !== undefined) {
      this.closePlateau(rep);
      rep.end = Math.max(end, rep.topEnd);
    }
    this.rep = null;
    this.count++;
    return rep;
  }

  /** A rep abandoned without being finished (never counted). */
  discard(): void {
    this.rep = null;
  }

  /** After a gap in tracking, the samples before it must not be interpolated against. */
  pause(): void {
    this.history.markGap();
  }

  open(): RepSummary | null {
    return this.rep;
  }

  private closePlateau(rep: RepSummary): void {
    const held = this.history.heldLevel(TOP_SAMPLES_BAND);
    // A noisy signal dips under a tight level in mid-hold; widen the margin to ~3 standard deviations.
    const level = held.level - Math.max(this.plateauDrop, NOISE_MARGIN * held.spread);
    rep.topStart = this.history.firstReached(level);
    rep.topEnd = this.history.lastAt(level);
  }
}
