/**
 * How long the rest of a workout takes, from the plan and where the workout is: each set's work
 * (reps at a steady pace, holds at their time) plus the rests between sets and between exercises.
 */
import type { PlanItem } from './todays-plan';
import type { WorkoutSteps } from './workout-steps';

export interface Pace {
  /** Seconds one rep takes. */
  repSeconds: number;
  /** Rest between sets and between exercises. */
  restSeconds: number;
}

export const DEFAULT_PACE: Pace = { repSeconds: 3, restSeconds: 30 };

/** Seconds of work in one set of the exercise. */
export function setSeconds(item: PlanItem, pace: Pace): number {
  const perRep = item.holdSeconds ? item.holdSeconds + pace.repSeconds : pace.repSeconds;
  return item.reps * perRep;
}

function exerciseSeconds(item: PlanItem, fromSet: number, pace: Pace): number {
  const sets = Math.max(0, item.sets - fromSet + 1);
  return sets * setSeconds(item, pace) + Math.max(0, sets - 1) * pace.restSeconds;
}

/** Seconds left from the current step on; the step in progress counts whole. */
export function secondsLeft(s: WorkoutSteps, pace: Pace = DEFAULT_PACE): number {
  if (s.step === 'done') return 0;
  const current = s.plan[s.index];
  const here = s.step === 'pain-check' ? 0 : exerciseSeconds(current, s.set, pace) + (s.step === 'rest' ? pace.restSeconds : 0);
  const later = s.plan.slice(s.index + 1).reduce((sum, item) => sum + pace.restSeconds + exerciseSeconds(item, 1, pace), 0);
  return here + later;
}

/** "About 25 min left", "About 40 s left". */
export function timeLeftText(seconds: number): string {
  if (seconds <= 0) return 'Finished';
  if (seconds < 60) return `About ${Math.round(seconds)} s left`;
  return `About ${Math.round(seconds / 60)} min left`;
}
