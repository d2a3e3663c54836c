/**
 * One line about a stored workout for the history list: when, what, how many reps (for a hold
 * exercise, holds that reached their target), how well.
 */
import type { EngineEvent } from '../engine/events';
import { getExerciseSpec } from '../exercises';
import type { WorkoutMeta } from '../storage/workout-record';
import { repsIn } from './resume-set';

/** What a summary reads of a workout: the saved record, or a workout loaded whole. */
type Summarized = Pick<WorkoutMeta, 'id' | 'exercise' | 'date' | 'source'> & { sets: readonly { events: readonly EngineEvent[] }[] };

export interface WorkoutSummary {
  id: string;
  exercise: string;
  date: Date;
  source: WorkoutMeta['source'];
  sets: number;
  /** Reps, or holds made for a hold exercise (see `unit`). */
  reps: number;
  unit: 'rep' | 'hold';
  /** Mean rep score 0..100, null with no reps. */
  meanScore: number | null;
  /** Form cues given, all sets together. */
  faults: number;
}

export function summarizeWorkout(w: Summarized): WorkoutSummary {
  const events = w.sets.flatMap((s) => s.events);
  const scores = events.flatMap((e) => (e.type === 'rep' ? [e.score] : []));
  const hold = getExerciseSpec(w.exercise)?.kind === 'hold';
  return {
    id: w.id,
    exercise: w.exercise,
    date: new Date(w.date),
    source: w.source,
    sets: w.sets.length,
    reps: hold ? events.filter((e) => e.type === 'hold-complete' && e.reached).length : scores.length,
    unit: hold ? 'hold' : 'rep',
    meanScore: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
    faults: events.filter((e) => e.type === 'fault').length,
  };
}

/** Newest first. */
export function historyOf(workouts: readonly Summarized[]): WorkoutSummary[] {
  return workouts.map(summarizeWorkout).sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** The offer after a reload: which set was left, and what it holds. */
export function unfinishedText(w: Summarized, name: string, kind: 'reps' | 'hold'): string {
  const last = w.sets[w.sets.length - 1];
  const reps = last ? repsIn(last.events) : 0;
  const what = kind === 'hold' ? (reps === 1 ? 'hold' : 'holds') : reps === 1 ? 'rep' : 'reps';
  const at = new Date(w.date).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${name}, set ${w.sets.length} (started ${at}): ${reps} ${what} recorded. Resume goes on with this set; or keep it as it is.`;
}
