/**
 * A workout a reload, a closed tab or a crash interrupted: found at start, then either resumed
 * (same workout, same set) or kept as it is (its open set marked stopped).
 */
import type { SourceSpec } from '../ui/deep-link';
import { storageError } from './storage-error';
import type { WorkoutMeta } from './workout-record';
import { saveProgress, unfinishedWorkouts } from './workout-store';

/** The newest interrupted workout of an exercise the app knows, or null (also when storage cannot be read). */
export async function firstUnfinished(known: (exercise: string) => boolean): Promise<WorkoutMeta | null> {
  const list = await unfinishedWorkouts().catch(() => []);
  return list.find((w) => known(w.exercise) && w.sets.length) ?? null;
}

/** Keeps the workout as recorded: done, its open set ended as stopped. Rejects with a readable StorageError. */
export function keepAsRecorded(w: WorkoutMeta): Promise<void> {
  const sets = w.sets.map((s) => (s.ended ? s : { ...s, ended: 'stopped' as const }));
  return saveProgress({ ...w, status: 'done', sets }, null).catch((e) => Promise.reject(storageError(e)));
}

/** Where a resumed set takes its frames from: the same replay, else the camera (a video file cannot be reopened). */
export function resumeSource(w: WorkoutMeta): SourceSpec | null {
  if (w.source === 'video') return null;
  return w.source === 'track' && w.replay ? { kind: 'track', ...w.replay } : { kind: 'camera' };
}
