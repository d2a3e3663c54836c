/** Rules every hold exercise shares. */
import type { RepRule } from '../engine/exercise-spec';

/** A hold let go clearly before its target (a hold cut off by the end of the recording is not). */
export function holdShortRule(cue: string): RepRule {
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
