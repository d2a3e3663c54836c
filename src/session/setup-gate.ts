/**
 * The way into counting: the view must stay right for `settleSeconds`, then a countdown ("3", "2",
 * "1", "Go") runs on the frames' time; a view that goes wrong sends it back to the set-up check,
 * whose most important instruction is spoken (setup-voice.ts).
 */
import { SetupVoice } from './setup-voice';

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
      this.okSince = null;
      this.countdownEnd = null;
      return step;
    }
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
    this.countdownEnd = null;
    this.voice.reset();
  }
}
