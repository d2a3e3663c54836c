/**
 * The coach breathing with the person (breath-pacer.ts on screen): while a paced set counts, the
 * cue line shows "Breathe in · 2 of 5" and the coach says "Breathe in" / "Breathe out" as each
 * half of a breath begins. Times are the set's own, from its first counted frame.
 */
import { breathSchedule, DEEP_BREATHS, pacerAt, type BreathPace, type BreathStep } from '../engine/breath-pacer';

export interface BreathCall {
  /** What the cue line shows now; null in the pause between breaths and after the last. */
  shown: string | null;
  /** Words to say now (a new in or out has begun), else null. */
  say: string | null;
}

export class BreathCalls {
  private readonly schedule: BreathStep[];
  private said: BreathStep | null = null;

  constructor(private readonly pace: BreathPace = DEEP_BREATHS) {
    this.schedule = breathSchedule(pace);
  }

  at(t: number): BreathCall {
    const { step } = pacerAt(this.schedule, t);
    if (!step) return { shown: null, say: null };
    const words = step.phase === 'in' ? 'Breathe in' : 'Breathe out';
    const say = step === this.said ? null : words;
    this.said = step;
    return { shown: `${words} · ${step.breath} of ${this.pace.breaths}`, say };
  }

  /** A new set breathes from the start again. */
  reset(): void {
    this.said = null;
  }
}
