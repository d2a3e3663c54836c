/**
 * The seed's gradual load after a camera workout: when every set reached its target and every hold
 * its time, the next workout of an exercise whose hold progresses holds one step longer.
 */
import type { HoldProgression } from '../engine/exercise-spec';
import { holdAfterWorkout } from '../program/rules';
import type { SetRecord } from './session-types';

/** The new hold time and the words for the review, or null when the hold stays. */
export function holdProgress(
  exercise: { name: string; progression: HoldProgression | undefined; holdSeconds: number | null },
  sets: readonly SetRecord[],
): { seconds: number; note: string } | null {
  if (!exercise.progression || exercise.holdSeconds === null) return null;
  const finished = sets.map((s) => ({
    ended: s.ended,
    holdsReached: s.events.flatMap((e) => (e.type === 'hold-complete' ? [e.reached] : [])),
  }));
  const next = holdAfterWorkout(exercise.progression, exercise.holdSeconds, finished);
  if (next === null) return null;
  return { seconds: next, note: `Every hold made it. Next time the ${exercise.name.toLowerCase()} hold is ${next} s (change it in Settings).` };
}
