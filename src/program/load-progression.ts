/**
 * The seed's "the load should be gradually increased", after a real (camera) workout: every hold
 * that progresses (its spec's `hold.progression`) grows one step when every hold of the exercise
 * was made; reps grow where the seed leaves the count open (the straightening exercises; warm-up
 * and main set are "two sets, five times"), one rep after a workout where every set was complete.
 * Never after an exercise that hurt (mild or pain).
 */
import type { HoldProgression } from '../engine/exercise-spec';
import { nextHold } from './rules';
import type { PlanItem } from './todays-plan';
import type { ExerciseResult } from './workout-steps';

/** Reps by exercise where the seed allows more: from the spec's count, a little at a time, up to double. */
export const REP_PROGRESSION: Readonly<Record<string, HoldProgression>> = {
  'standing-torso-turns': { step: 1, min: 5, max: 10 },
  'wheel-bridge': { step: 1, min: 5, max: 10 },
  'match-pickup': { step: 2, min: 10, max: 20 },
};

export interface LoadChange {
  id: string;
  what: 'hold' | 'reps';
  from: number;
  to: number;
}

function complete(item: PlanItem, r: ExerciseResult): boolean {
  if (r.status !== 'done' || r.pain !== 'none' || r.sets.length < item.sets) return false;
  return r.sets.every((s) => (item.kind === 'hold' ? s.holdsTried > 0 && s.holdsReached === s.holdsTried && s.reps >= item.reps : s.guided || s.reps >= item.reps));
}

/** What grows for next time after this workout (empty for a replay or when nothing was complete). */
export function loadChanges(plan: readonly PlanItem[], results: readonly ExerciseResult[]): LoadChange[] {
  return results.flatMap((r): LoadChange[] => {
    const item = plan.find((p) => p.id === r.id);
    if (!item || !complete(item, r)) return [];
    if (item.holdProgression && item.holdSeconds !== null) {
      const to = nextHold(item.holdProgression, item.holdSeconds, true);
      return to !== item.holdSeconds ? [{ id: r.id, what: 'hold', from: item.holdSeconds, to }] : [];
    }
    const reps = REP_PROGRESSION[r.id];
    if (!reps) return [];
    const to = nextHold(reps, item.reps, true);
    return to !== item.reps ? [{ id: r.id, what: 'reps', from: item.reps, to }] : [];
  });
}
