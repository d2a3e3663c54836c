/**
 * Export and import of everything (src/program/backup.ts) against this browser's storage: the
 * workouts, the recordings their sets name, and the settings. An imported recording is written
 * through the same journal as a live one, so it is stored exactly like one recorded here.
 */
import { makeBackup, readBackup, type Backup } from '../program/backup';
import { FrameStore } from '../pose/frame-store';
import { recordingsOf, listRoutines, saveRoutine } from './routine-store';
import { WorkoutJournal } from './workout-journal';
import { readWorkoutMeta, type StoredWorkout } from './workout-record';
import { loadWorkout, saveProgress } from './workout-store';

export async function exportEverything(settings: unknown): Promise<Backup> {
  const { routines } = await listRoutines();
  const recordings = (await Promise.all(routines.flatMap(recordingsOf).map((id) => loadWorkout(id).catch(() => undefined)))).filter(Boolean);
  return makeBackup(routines, recordings, settings);
}

function readRecording(v: unknown): StoredWorkout | null {
  const sets = (v as { sets?: unknown })?.sets;
  if (!Array.isArray(sets) || !sets.every((s) => Array.isArray(s?.frames) && Array.isArray(s?.events) && Array.isArray(s?.series))) return null;
  const meta = readWorkoutMeta({ ...(v as object), sets: sets.map((s) => ({ ...s, chunks: 0 })) });
  return meta ? { ...meta, sets: sets.map((s) => ({ ...s, frames: FrameStore.from(s.frames) })) } : null;
}

async function writeRecording(w: StoredWorkout): Promise<void> {
  const { sets, status: _status, ...meta } = w;
  let failure: Error | null = null;
  await new WorkoutJournal(saveProgress, () => meta, () => sets, (e) => (failure = e)).flush(true);
  if (failure) throw failure;
}

export interface ImportReport {
  workouts: number;
  recordings: number;
  /** One sentence per item left out. */
  skipped: string[];
  settings: unknown;
}

/** Reads a backup file and writes what it holds; throws an Error with a readable message when the file is not one. */
export async function importEverything(text: string): Promise<ImportReport> {
  const { backup, skipped } = readBackup(text);
  for (const r of backup.routines) await saveRoutine(r);
  let recordings = 0;
  for (const raw of backup.recordings) {
    const w = readRecording(raw);
    if (!w) {
      skipped.push('Left out a set recording that could not be read.');
      continue;
    }
    await writeRecording(w);
    recordings++;
  }
  return { workouts: backup.routines.length, recordings, skipped, settings: backup.settings };
}
