/**
 * Counts the cycles of any periodic signal: arm, shoulder and hip circles, steps and runs in place,
 * swings, shrugs, breaths. One cycle is one swing of `value` up to a peak, confirmed once the signal
 * has turned back by a clear margin (hysteresis), so a rep needs no state machine of its own and no
 * fixed tempo. Steps in place count each turn (left knee up, right knee up) as a rep.
 *
 * Thresholds are in the signal's own units, which the spec makes person-relative (torso lengths,
 * degrees): a swing smaller than `minAmplitude` is never a cycle, which keeps noise and a person
 * standing still at zero. The turn margin grows with the last swing, so a bump on the way down of a
 * big circle is not a second cycle. Timing uses t only (any fps, uneven spacing); a gap longer than
 * `maxGapSeconds` drops the swing in progress, a shorter one is bridged.
 *
 * Direction: an optional second signal `across` makes (across, value) a 2D trajectory; the sign of
 * the area it sweeps on the way up (signed-area.ts) says which way it went round, i.e. which signal
 * leads. A swing whose area is small next to its size went straight up and down: direction 0.
 */
import { SignedArea } from './signed-area';

export interface CycleCounterConfig {
  /** Smallest swing, trough to peak, that is a cycle. */
  minAmplitude: number;
  /** A peak is confirmed once the signal is back down by this fraction of the last swing (at least half of minAmplitude). */
  turnFraction: number;
  /** 'peak': one rep per cycle; 'every-turn': one per peak and one per trough (steps in place). */
  countAt: 'peak' | 'every-turn';
  /** A longer tracking gap drops the swing in progress. */
  maxGapSeconds: number;
  /** A swing slower than this is a drift (sitting down, walking off), not a rep. */
  maxSwingSeconds: number;
  /**
   * The movement starts from the middle of its range (hips or trunk swaying to either side), so
   * its first swing is half the size of the others and needs only half of minAmplitude.
   */
  centred?: boolean;
  /**
   * |area| / (swing x width across) below this has no direction; a half circle gives pi/4. The width
   * across must itself reach half of minAmplitude: a wobble is not a loop.
   */
  minLoopFraction: number;
}

export const DEFAULT_CYCLE_COUNTER: Omit<CycleCounterConfig, 'minAmplitude'> = {
  turnFraction: 0.3,
  countAt: 'peak',
  maxGapSeconds: 1,
  maxSwingSeconds: 6,
  minLoopFraction: 0.2,
};

export type CycleDirection = 1 | -1 | 0;

export interface Cycle {
  /** The turn before the counted one (a trough, or the start of the movement). */
  start: number;
  /** The counted turn: a peak, or in 'every-turn' mode a peak or a trough. */
  turn: number;
  kind: 'peak' | 'trough';
  /** Size of the swing that ended at the turn. */
  amplitude: number;
  /** +1 when `across` led `value` (counter-clockwise in (across, value)), -1 when it lagged, 0 unknown. */
  direction: CycleDirection;
}

export class CycleCounter {
  count = 0;
  private seeking: 'peak' | 'trough' | null = null;
  /** No turn confirmed yet: the movement may begin either way from where it started. */
  private firstSwing = true;
  /** The swing in progress starts where the movement started (a centred movement's half swing). */
  private fromStart = true;
  /** Where the swing in progress started (the last turn) and its extreme so far. */
  private fromT = 0;
  private fromValue = 0;
  private candT = 0;
  private candValue = 0;
  /** The last time the signal was still near the extreme: the next swing starts there. */
  private candLeftT = 0;
  private lastSwing = 0;
  private lastT: number | null = null;
  /** Sweep since the swing began, and sweep since its extreme (which becomes the next swing's). */
  private sweep = new SignedArea();
  private sinceExtreme = new SignedArea();
  /** The sweep up to the extreme, taken when the extreme was reached. */
  private candArea = 0;
  private candWidth = 0;

  constructor(private readonly config: CycleCounterConfig) {}

  /** Feeds one sample; returns the cycle this sample confirmed, if any. */
  update(t: number, value: number, across = 0): Cycle | null {
    this.gap(t);
    this.lastT = t;
    if (this.seeking === null) {
      this.begin(t, value, across);
      return null;
    }
    this.sweep.add(across, value);
    this.sinceExtreme.add(across, value);
    const up = this.seeking === 'peak';
    const beyondExtreme = up ? value > this.candValue : value < this.candValue;
    const behindStart = up ? value < this.fromValue : value > this.fromValue;
    if (beyondExtreme) this.newExtreme(t, value, across);
    else if (behindStart) this.behindStart(t, value, across);
    // Lingering at the turn (resting between reps) is not part of the next swing: it starts on leaving.
    const near = this.config.minAmplitude / 4;
    if (Math.abs(value - this.candValue) < near) this.candLeftT = t;
    if (Math.abs(value - this.fromValue) < near) this.fromT = t;
    const swing = Math.abs(this.candValue - this.fromValue);
    const back = Math.abs(this.candValue - value);
    const margin = Math.max(this.config.minAmplitude / 2, this.config.turnFraction * this.lastSwing);
    const least = this.fromStart && this.config.centred ? this.config.minAmplitude / 2 : this.config.minAmplitude;
    if (swing < least || back < margin) return null;
    return this.confirmTurn(swing);
  }

  /** A frame without the signal; a gap longer than maxGapSeconds makes the next sample a new start. */
  gap(t: number): void {
    if (this.lastT !== null && t - this.lastT > this.config.maxGapSeconds) this.seeking = null;
  }

  private begin(t: number, value: number, across: number): void {
    this.seeking = 'peak';
    this.firstSwing = true;
    this.fromStart = true;
    this.lastSwing = 0;
    this.fromT = this.candT = t;
    this.fromValue = this.candValue = value;
    this.sweep.restart(across, value);
    this.newExtreme(t, value, across);
  }

  private newExtreme(t: number, value: number, across: number): void {
    this.candT = this.candLeftT = t;
    this.candValue = value;
    this.candArea = this.sweep.area;
    this.candWidth = this.sweep.widthX;
    this.sinceExtreme.restart(across, value);
  }

  /** The signal went the other way past the swing's start. */
  private behindStart(t: number, value: number, across: number): void {
    if (this.firstSwing) {
      // A first movement the other way by a clear margin: the swing starts at the extreme reached
      // before it (a small first step from rest still starts the next one from its top).
      if (Math.abs(value - this.fromValue) < this.config.minAmplitude / 2) return;
      this.seeking = this.seeking === 'peak' ? 'trough' : 'peak';
      this.firstSwing = false;
      if (Math.abs(this.candValue - this.fromValue) >= this.config.minAmplitude / 2) {
        this.fromStart = false;
        this.fromT = this.candLeftT;
        this.fromValue = this.candValue;
        this.sweep.restart(across, value);
      }
      this.newExtreme(t, value, across);
      return;
    }
    // Still on the way to the turn before: the swing starts further on.
    this.fromStart = false;
    this.fromT = t;
    this.fromValue = value;
    this.sweep.restart(across, value);
    this.newExtreme(t, value, across);
  }

  private confirmTurn(swing: number): Cycle | null {
    const kind = this.seeking === 'peak' ? 'peak' : 'trough';
    const cycle: Cycle = { start: this.fromT, turn: this.candT, kind, amplitude: swing, direction: this.direction(swing) };
    const slow = this.candT - this.fromT > this.config.maxSwingSeconds;
    // The next swing starts at this turn, with the way back from it already swept.
    this.fromT = this.candLeftT;
    this.fromValue = this.candValue;
    this.lastSwing = swing;
    this.firstSwing = false;
    this.fromStart = false;
    this.seeking = kind === 'peak' ? 'trough' : 'peak';
    [this.sweep, this.sinceExtreme] = [this.sinceExtreme, this.sweep];
    this.candArea = 0;
    this.candWidth = 0;
    this.candValue = this.fromValue;
    if (slow || (kind === 'trough' && this.config.countAt === 'peak')) return null;
    this.count++;
    return cycle;
  }

  /** Rise and fall of one loop sweep areas of the same sign, so either gives the direction. */
  private direction(swing: number): CycleDirection {
    if (this.candWidth < this.config.minAmplitude / 2) return 0;
    const loop = Math.abs(this.candArea) / (swing * this.candWidth);
    if (loop < this.config.minLoopFraction) return 0;
    return this.candArea > 0 ? 1 : -1;
  }
}
