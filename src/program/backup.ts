/**
 * Everything in one file: the workout records, the set recordings and the settings, exported as
 * JSON and validated on import with messages a person can act on. An unreadable workout is named
 * and left out; it never stops the others from being imported.
 */
import { readRoutine, type RoutineRecord } from './routine-record';

export const BACKUP_FORMAT = 'spine-coach-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  routines: RoutineRecord[];
  /** Set recordings as the workout store keeps them (validated by the store on import). */
  recordings: unknown[];
  settings: unknown;
}

export function makeBackup(routines: RoutineRecord[], recordings: unknown[], settings: unknown, now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), routines, recordings, settings };
}

export interface ImportResult {
  backup: Backup;
  /** One sentence per workout left out. */
  skipped: string[];
}

/** Reads a backup file's text: the backup to import, or throws an Error whose message says why not. */
export function readBackup(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('This file is not a Spine Coach backup: it is not JSON.');
  }
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (o.format !== BACKUP_FORMAT) throw new Error('This file is not a Spine Coach backup (use a file made by "Export everything").');
  if (typeof o.version !== 'number' || o.version > BACKUP_VERSION) {
    throw new Error(`This backup was made by a newer version of Spine Coach (format ${String(o.version)}); update the app first.`);
  }
  if (!Array.isArray(o.routines)) throw new Error('This backup holds no workout list; nothing was imported.');
  const read = o.routines.map(readRoutine);
  const routines = read.filter((r): r is RoutineRecord => typeof r !== 'string');
  const skipped = read.filter((r): r is string => typeof r === 'string').map((why) => `Left out ${why}.`);
  return {
    backup: {
      format: BACKUP_FORMAT,
      version: o.version,
      exportedAt: typeof o.exportedAt === 'string' ? o.exportedAt : '',
      routines,
      recordings: Array.isArray(o.recordings) ? o.recordings : [],
      settings: o.settings ?? null,
    },
    skipped,
  };
}
