/**
 * Keeps a live workout saved while it happens: a journal flush every few seconds, at once when a
 * set ends, and when the page is hidden (a closed tab or a reload starts with that). What went
 * wrong, if anything, goes to `onResult` for the screen.
 */
import type { SetRecord } from '../session/session-core';
import type { StorageError } from './storage-error';
import { WorkoutJournal, type SaveProgress } from './workout-journal';
import type { StoredWorkout, WorkoutMeta } from './workout-record';

export const FLUSH_EVERY_MS = 3000;

export class LiveSaver {
  private readonly journal: WorkoutJournal;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') void this.journal.flush();
  };

  constructor(
    save: SaveProgress,
    workout: () => Omit<WorkoutMeta, 'sets' | 'status'>,
    sets: () => readonly SetRecord[],
    onResult: (error: StorageError | null) => void,
    resumed?: { stored: StoredWorkout; chunks: WorkoutMeta['sets'] },
  ) {
    this.journal = new WorkoutJournal(save, workout, sets, onResult, resumed);
  }

  start(): void {
    this.stopTimer();
    this.timer = setInterval(() => void this.journal.flush(), FLUSH_EVERY_MS);
    document.addEventListener('visibilitychange', this.onHide);
  }

  /** A set ended: save it now, not at the next tick. */
  setEnded(workoutFinished: boolean): Promise<void> {
    if (workoutFinished) this.stopTimer();
    return this.journal.flush(workoutFinished);
  }

  /** The workout is over (finished, stopped or left): last write, marked done. */
  finish(): Promise<void> {
    this.stopTimer();
    document.removeEventListener('visibilitychange', this.onHide);
    return this.journal.flush(true);
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
