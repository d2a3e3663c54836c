/**
 * What the history-by-day screen shows and does: the workouts (real ones or replays, never mixed),
 * deleting a day, and export/import of everything as one file.
 */
import { splitBySource, workoutsByDay } from '../../program/day-history';
import type { RoutineRecord } from '../../program/routine-record';
import { exportEverything, importEverything } from '../../storage/backup-io';
import { deleteRoutines, listRoutines } from '../../storage/routine-store';
import { download } from '../download';
import { parseSettings } from '../settings-data';
import { saveSettings, settings } from '../settings.svelte';

export type DaysTab = 'real' | 'replays';

export class DaysData {
  all = $state.raw<RoutineRecord[] | null>(null);
  tab = $state<DaysTab>('real');
  /** Why something could not be read or written, or what an import did. */
  message = $state<string | null>(null);

  get shown(): RoutineRecord[] {
    const split = splitBySource(this.all ?? []);
    return this.tab === 'real' ? split.real : split.replays;
  }

  get days() {
    return workoutsByDay(this.shown.filter((r) => r.status === 'done'));
  }

  async load(): Promise<void> {
    try {
      const { routines, unreadable } = await listRoutines();
      this.all = routines;
      if (unreadable) this.message = `${unreadable} saved workout${unreadable > 1 ? 's' : ''} could not be read and ${unreadable > 1 ? 'are' : 'is'} left out.`;
    } catch (e) {
      this.all = [];
      this.message = `Saved workouts could not be read: ${(e as Error).message}`;
    }
  }

  async deleteDay(day: string): Promise<void> {
    try {
      await deleteRoutines(this.shown.filter((r) => r.day === day));
    } catch (e) {
      this.message = `The day could not be deleted: ${(e as Error).message}`;
    }
    await this.load();
  }

  async exportAll(): Promise<void> {
    try {
      const backup = await exportEverything($state.snapshot(settings));
      download(`spine-coach-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', JSON.stringify(backup));
    } catch (e) {
      this.message = `Export failed: ${(e as Error).message}`;
    }
  }

  async importFile(file: File): Promise<void> {
    try {
      const report = await importEverything(await file.text());
      if (report.settings) {
        Object.assign(settings, parseSettings(JSON.stringify(report.settings)));
        saveSettings();
      }
      const lost = report.skipped.length ? ` ${report.skipped.join(' ')}` : '';
      this.message = `Imported ${report.workouts} workout${report.workouts === 1 ? '' : 's'} and ${report.recordings} set recording${report.recordings === 1 ? '' : 's'}.${lost}`;
    } catch (e) {
      this.message = `Nothing was imported: ${(e as Error).message}`;
    }
    await this.load();
  }
}
