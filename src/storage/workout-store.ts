/**
 * Workouts kept in this browser's IndexedDB: one small record per workout and its recordings in
 * chunks (workout-record.ts). Every call rejects with a StorageError whose message a person can
 * read; callers show it and offer the export instead of losing the set silently.
 */
import { FrameStore } from '../pose/frame-store';
import { unpackFrames, unpackSeries } from './frame-pack';
import { storageError } from './storage-error';
import { inlineSets, readWorkoutMeta, type ChunkRecord, type StoredWorkout, type WorkoutMeta } from './workout-record';

const DB = 'spine-coach';
const WORKOUTS = 'workouts';
const CHUNKS = 'chunks';
/** Guided workouts (src/program/routine-record.ts): one small record each, naming its sets' recordings. */
export const ROUTINES = 'routines';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined' || !indexedDB) return reject(storageError(new Error('IndexedDB is not available in this browser')));
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(DB, 3);
    } catch (e) {
      return reject(storageError(e));
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(WORKOUTS)) db.createObjectStore(WORKOUTS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS, { keyPath: ['workout', 'set', 'seq'] });
      if (!db.objectStoreNames.contains(ROUTINES)) db.createObjectStore(ROUTINES, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(storageError(req.error ?? new Error('IndexedDB could not be opened')));
    req.onblocked = () => reject(storageError(new Error('IndexedDB is held by another tab of this app')));
  });
}

/** Runs `fn` in one transaction and resolves with its result once the transaction has committed. */
export async function transact<T>(stores: string[], mode: IDBTransactionMode, fn: (tx: IDBTransaction) => Promise<T> | T): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      let result: T;
      let tx: IDBTransaction;
      try {
        tx = db.transaction(stores, mode);
      } catch (e) {
        return reject(storageError(e));
      }
      tx.oncomplete = () => resolve(result);
      tx.onerror = tx.onabort = () => reject(storageError(tx.error ?? new Error('the write was aborted')));
      try {
        Promise.resolve(fn(tx)).then(
          (r) => (result = r),
          (e) => {
            reject(storageError(e));
            tx.abort();
          },
        );
      } catch (e) {
        reject(storageError(e));
        tx.abort();
      }
    });
  } finally {
    db.close();
  }
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Writes the workout's record, with one new chunk of a set's recording when given (both or neither). */
export function saveProgress(meta: WorkoutMeta, chunk: ChunkRecord | null): Promise<void> {
  return transact([WORKOUTS, CHUNKS], 'readwrite', (tx) => {
    if (chunk) tx.objectStore(CHUNKS).put(chunk);
    tx.objectStore(WORKOUTS).put(meta);
  });
}

export interface WorkoutList {
  workouts: WorkoutMeta[];
  /** Records that could not be read as a workout (skipped, not deleted). */
  unreadable: number;
}

/** Every workout record that reads as one; the others are counted, never allowed to hide the rest. */
export function listWorkouts(): Promise<WorkoutList> {
  return transact([WORKOUTS], 'readonly', (tx) => {
    const list: WorkoutList = { workouts: [], unreadable: 0 };
    return new Promise<WorkoutList>((resolve, reject) => {
      const req = tx.objectStore(WORKOUTS).openCursor();
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return resolve(list);
        const meta = readWorkoutMeta(cursor.value);
        if (meta) list.workouts.push(meta);
        else list.unreadable++;
        cursor.continue();
      };
    });
  });
}

/** A set's frames from its chunks, one chunk's objects at a time. */
function framesOf(chunks: readonly ChunkRecord[]): FrameStore {
  const store = new FrameStore();
  for (const c of chunks) for (const f of unpackFrames(c.frames)) store.push(f);
  return store;
}

/** A workout with its recordings put back together, or undefined when it is missing or unreadable. */
export function loadWorkout(id: string): Promise<StoredWorkout | undefined> {
  return transact([WORKOUTS, CHUNKS], 'readonly', async (tx) => {
    const raw = await request(tx.objectStore(WORKOUTS).get(id));
    const meta = readWorkoutMeta(raw);
    if (!meta) return undefined;
    const inline = inlineSets(raw);
    if (inline) return { ...meta, sets: inline };
    const range = IDBKeyRange.bound([id, -Infinity, -Infinity], [id, Infinity, Infinity]);
    const chunks = (await request(tx.objectStore(CHUNKS).getAll(range))) as ChunkRecord[];
    const sets = meta.sets.map((s) => {
      const own = chunks.filter((c) => c.set === s.set).sort((a, b) => a.seq - b.seq);
      return {
        set: s.set,
        t0: s.t0,
        ended: s.ended,
        frames: framesOf(own),
        series: own.flatMap((c) => unpackSeries(c.series)),
        events: own.flatMap((c) => c.events),
      };
    });
    return { ...meta, sets };
  });
}

/** Workouts a reload or a closed tab interrupted, newest first. */
export async function unfinishedWorkouts(): Promise<WorkoutMeta[]> {
  const { workouts } = await listWorkouts();
  return workouts.filter((w) => w.status === 'in-progress').sort((a, b) => b.date.localeCompare(a.date));
}

/** Deletes workouts and their recordings (a day deleted from the history). */
export function deleteWorkouts(ids: readonly string[]): Promise<void> {
  return transact([WORKOUTS, CHUNKS], 'readwrite', (tx) => {
    for (const id of ids) {
      tx.objectStore(WORKOUTS).delete(id);
      tx.objectStore(CHUNKS).delete(IDBKeyRange.bound([id, -Infinity, -Infinity], [id, Infinity, Infinity]));
    }
  });
}
