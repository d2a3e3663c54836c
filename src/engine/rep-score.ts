/**
 * A repetition's score, 0..100: the share of the target range reached, docked for each rule broken
 * in it by how much that fault matters. Simple on purpose, so a person can tell why a rep scored 70.
 */
import type { Severity } from './events';

export const FAULT_PENALTY: Readonly<Record<Severity, number>> = { info: 0.05, warn: 0.15, error: 0.3 };

export function repScore(range: number, faultSeverities: readonly Severity[]): number {
  let score = Math.min(1, Math.max(0, range));
  for (const s of faultSeverities) score *= 1 - FAULT_PENALTY[s];
  return Math.round(score * 100);
}
