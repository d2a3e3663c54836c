/**
 * One set as the history keeps it, from the engine's events: reps (lifts, for a hold), holds made,
 * longest hold, mean rep score and mean range of motion (% of the exercise's full range).
 */
import type { EngineEvent } from '../engine/events';
import type { SetOutcome } from './workout-steps';

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function setOutcome(events: readonly EngineEvent[], recordingId: string | null): SetOutcome {
  const reps = events.flatMap((e) => (e.type === 'rep' ? [e] : []));
  const holds = events.flatMap((e) => (e.type === 'hold-complete' ? [e] : []));
  const score = mean(reps.map((r) => r.score));
  const range = mean(reps.map((r) => r.range * 100));
  return {
    reps: reps.length,
    holdsReached: holds.filter((h) => h.reached).length,
    holdsTried: holds.length,
    bestHoldSeconds: holds.length ? Math.max(...holds.map((h) => h.seconds)) : null,
    score: score === null ? null : Math.round(score),
    range: range === null ? null : Math.round(range),
    guided: false,
    recordingId,
  };
}
