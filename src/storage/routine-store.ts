/**
 * Guided workouts in IndexedDB, beside the set recordings (workout-store.ts): saved at every step
 * so a reload or a closed tab can resume, listed for the history by day, deleted by day, and
 * written back from an imported backup. An unreadable record is counted and left out.
 */
import { readRoutine, type RoutineRecord } from '../program/routine-record';
import { deleteWorkouts, request, ROUTINES, transact } from './workout-store';

export function saveRoutine(r: RoutineRecord): Promise<void> {
  return transact([ROUTINES], 'readwrite', (tx) => void tx.objectStore(ROUTINES).put(r));
}

export async function listRoutines(): Promise<{ routines: RoutineRecord[]; unreadable: number }> {
  const raw = await transact([ROUTINES], 'readonly', (tx) => request(tx.objectStore(ROUTINES).getAll()));
  const read = raw.map(readRoutine);
  const routines = read.filter((r): r is RoutineRecord => typeof r !== 'string');
  return { routines, unreadable: read.length - routines.length };
}

/** The newest workout a reload or a closed tab interrupted, if any. */
export async function unfinishedRoutine(): Promise<RoutineRecord | null> {
  const { routines } = await listRoutines();
  return routines.filter((r) => r.status === 'in-progress').sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0] ?? null;
}

/** The set recordings a workout names. */
export const recordingsOf = (r: RoutineRecord): string[] => r.results.flatMap((x) => x.sets.flatMap((s) => (s.recordingId ? [s.recordingId] : [])));

/** Deletes the workouts and the recordings of their sets. */
export async function deleteRoutines(routines: readonly RoutineRecord[]): Promise<void> {
  await deleteWorkouts(routines.flatMap(recordingsOf));
  await transact([ROUTINES], 'readwrite', (tx) => {
    for (const r of routines) tx.objectStore(ROUTINES).delete(r.id);
  });
}
