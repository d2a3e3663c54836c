import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events';
import { FrameStore } from '../pose/frame-store';
import type { SetRecord } from '../session/session-core';
import type { Keypoint, PoseFrame } from '../track/track';
import { MAX_CHUNK_FRAMES, WorkoutJournal } from './workout-journal';
import type { StorageError } from './storage-error';
import { listWorkouts, loadWorkout, saveProgress, unfinishedWorkouts } from './workout-store';

const kp: Keypoint[] = Array.from({ length: 33 }, (_, j) => [0.5, j / 40, 0, 0.9]);
const frames = (n: number, from = 0): PoseFrame[] => Array.from({ length: n }, (_, i) => ({ t: (from + i) / 30, keypoints: (from + i) % 7 ? kp : null }));
const rep = (index: number, t: number): EngineEvent => ({ type: 'rep', t, index, start: t - 1, end: t, score: 90, range: 1, faults: [] });
const workout = { id: 'w1', exercise: 'glute-bridge', date: '2026-11-26T08:00:00.000Z', source: 'camera' as const, header: { source: { name: 'cam', width: 640, height: 480, fps: 30 }, model: { name: 'blazepose', variant: 'lite', runtime: 'tfjs' } } };

function liveSet(n: number): SetRecord {
  const f = frames(n);
  return { set: 1, t0: 2, frames: FrameStore.from(f), events: [rep(1, 1), rep(2, 2.5)], series: f.map((x, i) => ({ t: x.t, metric: i / 8, signal: null })), ended: null };
}

beforeEach(async () => {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase('spine-coach');
    req.onsuccess = req.onerror = () => resolve();
  });
});

describe('WorkoutJournal with the IndexedDB store', () => {
  it('saves a set as it goes and gives it back whole: frames, events, signal, and whether it ended', async () => {
    const set = liveSet(90);
    const errors: (StorageError | null)[] = [];
    const journal = new WorkoutJournal(saveProgress, () => workout, () => [set], (e) => errors.push(e));
    await journal.flush();
    for (const f of frames(45, 90)) set.frames.push(f);
    set.series.push(...frames(45, 90).map((x) => ({ t: x.t, metric: 1, signal: 0.5 })));
    set.events.push(rep(3, 4));
    await journal.flush();
    expect(await unfinishedWorkouts()).toHaveLength(1);
    set.ended = 'target';
    await journal.flush(true);

    const back = (await loadWorkout('w1'))!;
    expect(back.status).toBe('done');
    expect(back.sets[0].frames.toArray()).toEqual(set.frames.toArray());
    expect(back.sets[0].events).toEqual(set.events);
    expect(back.sets[0].series).toEqual(set.series);
    expect(back.sets[0].ended).toBe('target');
    expect(await unfinishedWorkouts()).toHaveLength(0);
    expect(errors.every((e) => e === null)).toBe(true);
  });

  it('writes a 61,000-frame set as many small chunks, never one giant record', async () => {
    const set = liveSet(61_000);
    const sizes: number[] = [];
    const journal = new WorkoutJournal((meta, chunk) => (chunk && sizes.push(chunk.frames.count), saveProgress(meta, chunk)), () => workout, () => [set], () => undefined);
    await journal.flush(true);
    expect(sizes.length).toBe(Math.ceil(61_000 / MAX_CHUNK_FRAMES));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_CHUNK_FRAMES);
    expect((await loadWorkout('w1'))!.sets[0].frames).toHaveLength(61_000);
  }, 60_000);

  it('reports a failed write in plain words and writes the same data at the next flush', async () => {
    const set = liveSet(30);
    let full = true;
    const errors: (StorageError | null)[] = [];
    const save = (meta: Parameters<typeof saveProgress>[0], chunk: Parameters<typeof saveProgress>[1]) =>
      full ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : saveProgress(meta, chunk);
    const journal = new WorkoutJournal(save, () => workout, () => [set], (e) => errors.push(e));
    await journal.flush();
    expect(errors[0]?.reason).toBe('full');
    expect(errors[0]?.message).toMatch(/no more room/);
    full = false;
    await journal.flush();
    expect(errors[1]).toBeNull();
    expect((await loadWorkout('w1'))!.sets[0].frames).toHaveLength(30);
  });
});

describe('listWorkouts', () => {
  it('skips a malformed record and lists the others', async () => {
    const set = liveSet(10);
    set.ended = 'target';
    await new WorkoutJournal(saveProgress, () => workout, () => [set], () => undefined).flush(true);
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('spine-coach');
      req.onsuccess = () => {
        const tx = req.result.transaction('workouts', 'readwrite');
        tx.objectStore('workouts').put({ id: 'broken', exercise: 'glute-bridge', date: '2026-11-26T09:00:00Z', source: 'camera', header: {}, sets: null });
        tx.oncomplete = () => (req.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    const list = await listWorkouts();
    expect(list.workouts.map((w) => w.id)).toEqual(['w1']);
    expect(list.unreadable).toBe(1);
    expect(await loadWorkout('broken')).toBeUndefined();
  });
});

describe('WorkoutJournal after a resume', () => {
  it('appends to the stored set and stays done once done', async () => {
    const set = liveSet(60);
    await new WorkoutJournal(saveProgress, () => workout, () => [set], () => undefined).flush();
    const meta = (await unfinishedWorkouts())[0];
    const stored = (await loadWorkout('w1'))!;
    const resumed = stored.sets[0];
    const journal = new WorkoutJournal(saveProgress, () => workout, () => stored.sets, () => undefined, { stored, chunks: meta.sets });
    for (const f of frames(30, 60)) resumed.frames.push(f);
    resumed.ended = 'target';
    await journal.flush(true);
    await journal.flush();
    const back = (await loadWorkout('w1'))!;
    expect(back.status).toBe('done');
    expect(back.sets[0].frames).toHaveLength(90);
  });
});
