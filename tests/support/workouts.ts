/**
 * Browser-test helpers for saved workouts: a set recorded by the app's own session logic (in
 * Node, from a synthetic track), written into the page's IndexedDB as an interrupted workout, and
 * the records read back.
 */
import { expect, type Page } from '@playwright/test';
import type { RoutineRecord } from '../../src/program/routine-record';
import type { SetOutcome } from '../../src/program/workout-steps';
import { SessionCore, type SetRecord } from '../../src/session/session-core';
import type { PoseFrame } from '../../src/track/track';
import { exercises, program, synth } from './app-modules';

const { createExerciseEngine } = exercises;
const { synthesizeTrack } = synth;
const { answerPain, beginSet, finishSet, routineRecord, startSteps, todaysPlan } = program;

/** Set 1 of a glute bridge as the session records it, left unfinished after `reps` reps, with its frames inline as a first-version record keeps them. */
export function unfinishedBridgeSet(reps: number): Omit<SetRecord, 'frames'> & { frames: PoseFrame[] } {
  const core = new SessionCore({
    createEngine: () => createExerciseEngine('glute-bridge', {}),
    checkSetup: () => ({ ok: true, problems: [] }),
    kind: 'reps',
    sets: 1,
    targetReps: 99,
    stopAtTarget: false,
    settleSeconds: 0,
    countdownSeconds: 0,
  });
  for (const f of synthesizeTrack({ exercise: 'glute-bridge', reps, seed: 5 }).track.frames) core.push(f);
  const set = core.sets[0];
  if (core.current().reps !== reps) throw new Error(`the synthetic set counted ${core.current().reps} reps, not ${reps}`);
  return { ...set, frames: set.frames.toArray() };
}

type RawWorkout = { id: string; status: string; sets: { set: number; ended: string | null; events: { type: string }[] }[] };

/** Opens the app's database at its current version (creating the record stores when it is new), then puts `records` and lists what is there. */
function inDb(page: Page, records: unknown[]): Promise<RawWorkout[]> {
  return page.evaluate(
    (records) =>
      new Promise<RawWorkout[]>((resolve, reject) => {
        const req = indexedDB.open('spine-coach');
        req.onupgradeneeded = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('workouts')) db.createObjectStore('workouts', { keyPath: 'id' });
          if (!db.objectStoreNames.contains('chunks')) db.createObjectStore('chunks', { keyPath: ['workout', 'set', 'seq'] });
        };
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('workouts', 'readwrite');
          for (const r of records) tx.objectStore('workouts').put(r);
          const all = tx.objectStore('workouts').getAll();
          tx.oncomplete = () => (db.close(), resolve(all.result as RawWorkout[]));
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** Writes workout records as they are (inline sets, like the first storage version) into the page's IndexedDB. */
export async function putRecords(page: Page, records: unknown[]): Promise<void> {
  await inDb(page, records);
}

export interface SavedSummary {
  id: string;
  status: string;
  sets: { set: number; ended: string | null; reps: number }[];
}

/** The workout records in the page's IndexedDB, reduced to what tests check. */
export async function savedWorkouts(page: Page): Promise<SavedSummary[]> {
  return (await inDb(page, [])).map((w) => ({
    id: w.id,
    status: w.status,
    sets: (w.sets ?? []).map((s) => ({ set: s.set, ended: s.ended, reps: s.events.filter((e) => e.type === 'rep').length })),
  }));
}

export const HEADER = { source: { name: 'camera', width: 640, height: 360, fps: 15 }, model: { name: 'blazepose', variant: 'lite', runtime: 'tfjs' } };

/** A finished camera workout of two glute-bridge sets, as the routine store keeps it. */
export function doneBridgeWorkout(id: string, startedAt: Date, reps: number): RoutineRecord {
  const outcome = (n: number): SetOutcome => ({ reps: n, holdsReached: 0, holdsTried: 0, bestHoldSeconds: null, score: 90, range: 40, guided: false, recordingId: null });
  let steps = startSteps(todaysPlan({ holdSeconds: {}, reps: {} }, ['glute-bridge']));
  for (const n of [reps, reps - 1]) steps = finishSet(beginSet(steps), outcome(n));
  return routineRecord({ id, startedAt, source: 'camera' }, answerPain(steps, 'none'));
}

/** Puts routine records into the app's database (the app opened it first, at its own version). */
export function putRoutines(page: Page, records: RoutineRecord[]): Promise<void> {
  return page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('spine-coach');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('routines', 'readwrite');
          for (const r of records) tx.objectStore('routines').put(r);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** The bedtime question before the first workout, answered. */
export async function answerBedtime(page: Page): Promise<void> {
  await expect(page.getByTestId('bedtime-question')).toBeVisible();
  await page.getByTestId('bedtime-input').fill('23:30');
  await page.getByTestId('bedtime-save').click();
}

export const workoutStep = (page: Page) => page.getByTestId('workout');

/** Both sets of an exercise the engine follows, fed by its track: start, (live, rest) start, (live), pain check. */
export async function followedSets(page: Page): Promise<void> {
  for (const set of [1, 2]) {
    await page.getByTestId('start-set').click();
    await expect(page.getByTestId('live-view')).toBeVisible();
    await expect(workoutStep(page)).toHaveAttribute('data-step', set === 1 ? 'rest' : 'pain-check', { timeout: 90_000 });
  }
}
