/**
 * The way into counting: the view must stay right for `settleSeconds`, then a countdown ("3", "2",
 * "1", "Go") runs on the frames' time; a view that stays wrong longer than a slip sends it back to
 * the set-up check, whose most important instruction is spoken (setup-voice.ts).
 */
import { SetupVoice } from './setup-voice';

/** Set-up problems shorter than this do not restart the set-up check (the engine rides out the same gaps). */
export const SETUP_SLIP_SECONDS = 0.5;

export interface GateStep {
  phase: 'setup' | 'countdown' | 'go';
  /** Whole seconds left in the countdown. */
  countdown: number;
  /** Words to say now (counts and the set-up instruction). */
  counts: string[];
  instruction: string | null;
}

export class SetupGate {
  private okSince: number | null = null;
  private failingSince: number | null = null;
  private countdownEnd: number | null = null;
  private lastSaid = -1;
  private readonly voice = new SetupVoice();

  constructor(
    private readonly settleSeconds: number,
    private readonly countdownSeconds: number,
  ) {}

  /** This frame's check: `instruction` is the first thing to fix, null when the view is right. */
  update(t: number, instruction: string | null): GateStep {
    const said = this.voice.update(t, instruction);
    const step: GateStep = { phase: 'setup', countdown: 0, counts: [], instruction: said };
    if (instruction !== null) {
      this.failingSince ??= t;
      // A slip (a toe at the edge for a frame) does not stop a countdown or a settling view.
      if (this.okSince !== null && t - this.failingSince < SETUP_SLIP_SECONDS) {
        return this.countdownEnd === null ? step : { ...step, phase: 'countdown', countdown: this.lastSaid };
      }
      this.okSince = null;
      this.countdownEnd = null;
      return step;
    }
    this.failingSince = null;
    this.okSince ??= t;
    if (this.countdownEnd === null) {
      if (t - this.okSince < this.settleSeconds) return step;
      this.countdownEnd = t + this.countdownSeconds;
      this.lastSaid = -1;
    }
    const left = Math.ceil(this.countdownEnd - t - 1e-9);
    if (left <= 0) {
      if (this.countdownSeconds > 0) step.counts.push('Go');
      return { ...step, phase: 'go' };
    }
    if (left !== this.lastSaid) {
      this.lastSaid = left;
      step.counts.push(String(left));
    }
    return { ...step, phase: 'countdown', countdown: left };
  }

  /** A new set: the view is checked afresh. */
  reset(): void {
    this.okSince = null;
    this.failingSince = null;
    this.countdownEnd = null;
    this.voice.reset();
  }
}
