/**
 * One line about a stored workout for the history list: when, what, how many reps (for a hold
 * exercise, holds that reached their target), how well.
 */
import { getExerciseSpec } from '../exercises';
import type { StoredWorkout } from './store';

export interface WorkoutSummary {
  id: string;
  exercise: string;
  date: Date;
  source: StoredWorkout['source'];
  sets: number;
  /** Reps, or holds made for a hold exercise (see `unit`). */
  reps: number;
  unit: 'rep' | 'hold';
  /** Mean rep score 0..100, null with no reps. */
  meanScore: number | null;
  /** Form cues given, all sets together. */
  faults: number;
}

export function summarizeWorkout(w: StoredWorkout): WorkoutSummary {
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
export function historyOf(workouts: readonly StoredWorkout[]): WorkoutSummary[] {
  return workouts.map(summarizeWorkout).sort((a, b) => b.date.getTime() - a.date.getTime());
}
