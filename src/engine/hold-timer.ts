/**
 * Times a held position against a target. Tracking drop-outs shorter than the grace period do not
 * end the hold: the person is most likely still holding, and a hold restarting from zero after a
 * one-second glitch would be maddening. A longer drop-out ends it where the pose was last seen.
 */
import type { HoldCompleteEvent, HoldProgressEvent } from './events';

export interface HoldTimerConfig {
  targetSeconds: number;
  /** Longest tracking gap, in seconds, that a hold survives. */
  graceSeconds: number;
  /** Seconds between hold-progress events. */
  progressEvery: number;
}

export class HoldTimer {
  start: number | null = null;
  /** Last time the pose was seen held. */
  lastSeen = 0;
  private nextProgress = 0;

  constructor(readonly config: HoldTimerConfig) {}

  get active(): boolean {
    return this.start !== null;
  }

  seconds(t: number): number {
    return this.start === null ? 0 : Math.max(0, t - this.start);
  }

  begin(start: number, now: number): HoldProgressEvent {
    this.start = start;
    this.lastSeen = now;
    this.nextProgress = this.config.progressEvery;
    return this.progressEvent(now, true);
  }

  /** Moves the start once the top of the lift is known better (the plateau grows as the peak rises). */
  retime(start: number): void {
    if (this.start !== null) this.start = start;
  }

  /** A frame seen in the held pose: a progress event each `progressEvery` seconds and at the target. */
  hold(t: number): HoldProgressEvent | null {
    if (this.start === null) return null;
    const before = this.lastSeen - this.start;
    this.lastSeen = t;
    const seconds = t - this.start;
    const target = this.config.targetSeconds;
    if (seconds >= this.nextProgress || (before < target && seconds >= target)) {
      while (this.nextProgress <= seconds) this.nextProgress += this.config.progressEvery;
      return this.progressEvent(t, true);
    }
    return null;
  }

  /** The pose was lost mid-hold: the clock shows the time held so far and waits. */
  interrupted(t: number): HoldProgressEvent {
    return { ...this.progressEvent(t, false), seconds: this.seconds(this.lastSeen) };
  }

  /** True when a drop-out has lasted longer than the grace period. */
  lapsed(t: number): boolean {
    return this.start !== null && t - this.lastSeen > this.config.graceSeconds;
  }

  end(end: number): HoldCompleteEvent | null {
    if (this.start === null) return null;
    const start = this.start;
    this.start = null;
    const seconds = Math.max(0, end - start);
    const target = this.config.targetSeconds;
    return { type: 'hold-complete', t: end, start, end, seconds, target, reached: seconds >= target - 1e-9 };
  }

  private progressEvent(t: number, holding: boolean): HoldProgressEvent {
    return { type: 'hold-progress', t, seconds: this.seconds(t), target: this.config.targetSeconds, holding };
  }
}
