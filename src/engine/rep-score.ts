/**
 * A repetition's score, 0..100, as a product of what was measured, so a person can tell why a rep
 * scored 70:
 *
 *   score = 100 × range × hold × Π (1 − penalty(fault))
 *
 * - range: the share of the exercise's target range reached (the progress signal's peak), capped at 1;
 * - hold: for a hold, the seconds held over the target, capped at 1 (a 0.3 s lift against 15 s scores 2);
 * - each rule broken in the rep docks a share by how much that fault matters (FAULT_PENALTY).
 *
 * scoreReasons() says the same factors in words, for the review ("hold 15.2 of 15 s, range 86 %").
 * The engine records both with the rep (scored()), so a saved set keeps the reasons it was shown
 * with even after this formula changes.
 */
import type { Severity } from './events';

export const FAULT_PENALTY: Readonly<Record<Severity, number>> = { info: 0.05, warn: 0.15, error: 0.3 };

export interface ScoreInput {
  /** Peak of the progress signal, 1 = the full target range. */
  range: number;
  /** Seconds held against the target, for a hold exercise's lift; null otherwise. */
  hold: { seconds: number; target: number } | null;
  /** Rules broken in the rep. */
  faults: readonly { rule: string; severity: Severity }[];
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

export function repScore(input: ScoreInput): number {
  let score = clamp01(input.range);
  if (input.hold) score *= input.hold.target > 0 ? clamp01(input.hold.seconds / input.hold.target) : 1;
  for (const f of input.faults) score *= 1 - FAULT_PENALTY[f.severity];
  return Math.round(score * 100);
}

/** The score's factors in words, in the order that usually explains most. */
export function scoreReasons(input: ScoreInput): string[] {
  const reasons: string[] = [];
  if (input.hold) reasons.push(`hold ${input.hold.seconds.toFixed(1)} of ${input.hold.target} s`);
  reasons.push(`range ${Math.round(clamp01(input.range) * 100)} %`);
  for (const f of input.faults) reasons.push(`${f.rule} −${Math.round(FAULT_PENALTY[f.severity] * 100)} %`);
  return reasons;
}

/** A rep's score with its reasons, as the engine records them. */
export function scored(input: ScoreInput): { score: number; reasons: string[] } {
  return { score: repScore(input), reasons: scoreReasons(input) };
}
