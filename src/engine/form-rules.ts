/**
 * Evaluates an exercise's form rules. A frame rule must stay broken for `minSeconds` before it is
 * reported (one bad frame is usually the detector, not the person), and is then quiet for its
 * `cooldown` so the same cue is not spoken every frame (a return to rest ends it: `rearm`). Rep-end rules are checked once per rep.
 */
import type { Phase } from './phase-machine';
import type { FrameRule, FormRule, RepContext, RepRule } from './exercise-spec';
import type { PoseFeatures } from './pose-features';

export const DEFAULT_RULE_MIN_SECONDS = 0.25;
export const DEFAULT_RULE_COOLDOWN = 4;
export const FLICKER_SECONDS = 0.2;

export class FormRuleEvaluator {
  readonly frameRules: FrameRule[];
  readonly repRules: RepRule[];
  /** Per frame rule: when it started failing (null = ok), and when it was last reported. */
  private readonly failingSince: (number | null)[];
  private readonly lastReported: number[];
  /** Per frame rule: since when a failing rule has read ok again (null = failing, or not failing at all). */
  private readonly okSince: (number | null)[];
  /** Frame rules broken now (past minSeconds), for the live skeleton colouring. */
  readonly active: boolean[];
  private lastT: number | null = null;

  constructor(rules: readonly FormRule[]) {
    this.frameRules = rules.filter((r): r is FrameRule => r.when !== 'rep-end');
    this.repRules = rules.filter((r): r is RepRule => r.when === 'rep-end');
    this.failingSince = this.frameRules.map(() => null);
    this.lastReported = this.frameRules.map(() => -Infinity);
    this.okSince = this.frameRules.map(() => null);
    this.active = this.frameRules.map(() => false);
  }

  /** Checks the frame rules for this phase; returns the rules to report now. */
  check(t: number, phase: Phase, atTop: boolean, f: PoseFeatures): FrameRule[] {
    let fired: FrameRule[] | null = null;
    // Each frame stands for the interval up to it, so at 5 fps two broken frames are 0.4 s, not 0.2 s.
    const frame = this.lastT === null ? 0 : t - this.lastT;
    this.lastT = t;
    for (let i = 0; i < this.frameRules.length; i++) {
      const rule = this.frameRules[i];
      const applies = rule.when === 'any' ? phase !== 'waiting' : rule.when === 'top' ? atTop : rule.when === phase;
      // A rule about a limb that cannot be seen (out of the picture, hidden) is not judged.
      if (!applies || !rule.landmarks.every((r) => f.usable(r)) || rule.ok(f)) {
        // A glimpse of good form, of a hidden limb or of a signal dipping out of the top, shorter
        // than this, is the detector's noise and not a correction: the fault keeps its time, as
        // the counter tolerates short gaps.
        const okSince = (this.okSince[i] ??= t);
        if (t - okSince + frame >= FLICKER_SECONDS) this.settle(i);
        continue;
      }
      this.okSince[i] = null;
      const since = (this.failingSince[i] ??= t);
      if (t - since + frame < (rule.minSeconds ?? DEFAULT_RULE_MIN_SECONDS)) continue;
      this.active[i] = true;
      if (t - this.lastReported[i] < (rule.cooldown ?? DEFAULT_RULE_COOLDOWN)) continue;
      this.lastReported[i] = t;
      (fired ??= []).push(rule);
    }
    return fired ?? NONE;
  }

  /** Adds the frame rules broken now to `into`, each once (the faults of the rep in progress). */
  collectActive(into: FormRule[]): void {
    for (let i = 0; i < this.frameRules.length; i++) {
      if (this.active[i] && !into.includes(this.frameRules[i])) into.push(this.frameRules[i]);
    }
  }

  /** Rule i is no longer broken. */
  private settle(i: number): void {
    this.failingSince[i] = null;
    this.okSince[i] = null;
    this.active[i] = false;
  }

  /** The rep-end rules this rep breaks. */
  checkRep(context: RepContext): RepRule[] {
    return this.repRules.filter((r) => !r.ok(context));
  }

  /**
   * The person is back at rest: the cooldowns end, so each lift may hear its cue once even when the
   * lifts come faster than the cooldown (a superman pulse a second), while a long hold still hears
   * it only once per cooldown.
   */
  rearm(): void {
    this.lastReported.fill(-Infinity);
  }

  /** Nothing is known while the landmarks are hidden: no rule stays active across the gap. */
  pause(): void {
    this.failingSince.fill(null);
    this.okSince.fill(null);
    this.active.fill(false);
    this.lastT = null;
  }
}

const NONE: FrameRule[] = [];
