/**
 * What the coach says during the set-up check: the one most important instruction (the check's
 * first problem), once it has stayed the same for a moment; again only when it changes or after a
 * quiet interval, so a person 2 m from the laptop hears why nothing counts without being nagged.
 */

export interface SetupVoiceOptions {
  /** Seconds an instruction must stay the same before it is said (a flicker is not worth a word). */
  settleSeconds: number;
  /** Seconds before the same instruction is said again. */
  quietSeconds: number;
}

export const DEFAULT_SETUP_VOICE: SetupVoiceOptions = { settleSeconds: 1, quietSeconds: 12 };

export class SetupVoice {
  private candidate: string | null = null;
  private candidateSince = 0;
  private lastSaid: string | null = null;
  private lastSaidAt = -Infinity;

  constructor(private readonly options: SetupVoiceOptions = DEFAULT_SETUP_VOICE) {}

  /** This frame's most important instruction (null when the view is right); returns what to say now, if anything. */
  update(t: number, instruction: string | null): string | null {
    if (instruction !== this.candidate) {
      this.candidate = instruction;
      this.candidateSince = t;
    }
    if (instruction === null || t - this.candidateSince < this.options.settleSeconds) return null;
    if (instruction === this.lastSaid && t - this.lastSaidAt < this.options.quietSeconds) return null;
    this.lastSaid = instruction;
    this.lastSaidAt = t;
    return instruction;
  }

  reset(): void {
    this.candidate = null;
    this.lastSaid = null;
    this.lastSaidAt = -Infinity;
  }
}
