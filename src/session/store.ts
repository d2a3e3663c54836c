/**
 * Finished workouts in IndexedDB: every set's events, pose frames and signal, so a review can be
 * reopened and exported later. Best effort: where IndexedDB is missing or full, nothing is kept.
 */
import type { PoseTrack } from '../track/track';
import type { SourceKind } from '../pose/pose-stream.svelte';
import type { SetRecord } from './session-core';

export interface StoredWorkout {
  id: string;
  exercise: string;
  /** ISO time the workout ended. */
  date: string;
  source: SourceKind;
  header: Pick<PoseTrack, 'source' | 'model'>;
  sets: SetRecord[];
}

const DB = 'spine-coach';
const STORE = 'workouts';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'));
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('exercise', 'exercise');
      store.createIndex('date', 'date');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
  });
}

function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = fn(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}

export function saveWorkout(w: StoredWorkout): Promise<void> {
  return run('readwrite', (s) => s.put(w)).then(() => undefined);
}

export function loadWorkout(id: string): Promise<StoredWorkout | undefined> {
  return run('readonly', (s) => s.get(id) as IDBRequest<StoredWorkout | undefined>);
}

export function listWorkouts(): Promise<StoredWorkout[]> {
  return run('readonly', (s) => s.getAll() as IDBRequest<StoredWorkout[]>);
}

export function newWorkoutId(exercise: string, now = new Date()): string {
  return `${exercise}-${now.toISOString()}`;
}
