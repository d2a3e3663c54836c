/** Rep-end rules several exercises share, as factories so each spec keeps its own cue. */
import type { BodyRef } from '../../engine/body-parts';
import type { RepRule, RuleIdText } from '../../engine/exercise-spec';

/** A hold let go clearly before its target (a hold cut off by the end of the recording is not). */
export function holdShortRule(cue: string): RepRule & { id: 'hold-short' } {
  return {
    id: 'hold-short',
    when: 'rep-end',
    ok: ({ holdSeconds, holdTarget, finished }) =>
      !finished || holdSeconds === null || holdTarget === null || holdSeconds >= 0.9 * holdTarget,
    cue,
    severity: 'warn',
    landmarks: ['shoulder', 'hip', 'knee', 'ankle'],
  };
}

/** A rep that turned back before 80 % of the exercise's range: a hint, not a fault. */
export function rangeShortRule<I extends RuleIdText>(id: I, cue: string, landmarks: BodyRef[]): RepRule & { id: I } {
  return { id, when: 'rep-end', ok: ({ rep }) => rep.peak >= 0.8, cue, severity: 'info', landmarks };
}
