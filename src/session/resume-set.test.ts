import { describe, expect, it } from 'vitest';
import type { EngineEvent, EngineSnapshot } from '../engine/events';
import { FrameStore } from '../pose/frame-store';
import type { Keypoint, PoseFrame } from '../track/track';
import { lastSourceTime } from './resume-set';
import { SessionCore, type EngineLike, type SetRecord } from './session-core';

const body: Keypoint[] = Array.from({ length: 33 }, () => [0.5, 0.5, 0, 0.99] as Keypoint);

/** A rep every 2 s of the set's own time, so a count that survives a break shows the engine was brought back. */
class EveryTwoSeconds implements EngineLike {
  reps = 0;
  push(f: PoseFrame): EngineEvent[] {
    if (Math.floor(f.t / 2) <= this.reps) return [];
    this.reps++;
    return [{ type: 'rep', t: f.t, index: this.reps, start: f.t - 2, end: f.t, score: 90, range: 1, faults: [] }];
  }
  snapshot(): EngineSnapshot {
    return { t: 0, reps: this.reps, phase: 'up', signal: 0.5, metric: 1, holding: false, holdSeconds: 0, holdTarget: null, side: null, framing: 'ok', activeFaults: [] };
  }
  finish(): EngineEvent[] {
    return [];
  }
}

const core = () =>
  new SessionCore({ createEngine: () => new EveryTwoSeconds(), checkSetup: () => ({ ok: true, problems: [] }), kind: 'reps', sets: 2, targetReps: 5, stopAtTarget: true, settleSeconds: 0, countdownSeconds: 0 });

function feed(c: SessionCore, from: number, seconds: number): void {
  for (let i = 0; i < seconds * 10; i++) c.push({ t: Math.round((from + i / 10) * 1000) / 1000, keypoints: body });
}

/** What the store would give back (workout-store.ts): a structured copy, frames read into a new FrameStore. */
const stored = (sets: readonly SetRecord[]): SetRecord[] => sets.map((s) => ({ ...structuredClone({ ...s, frames: null }), frames: FrameStore.from(s.frames) }));

describe('SessionCore.restore', () => {
  it('continues an unfinished set after a reload: same set, reps kept, recording extended in time order', () => {
    const before = core();
    feed(before, 0, 5);
    expect(before.current().reps).toBe(2);
    const saved = stored(before.sets);
    expect(lastSourceTime(saved)).toBeCloseTo(4.9);

    const after = core();
    after.restore(saved);
    expect(after.current()).toMatchObject({ phase: 'setup', set: 1, reps: 2 });
    // The new page's camera clock starts anywhere.
    feed(after, 100, 1.5);
    expect(after.current()).toMatchObject({ phase: 'counting', set: 1, reps: 3 });
    expect(after.sets).toHaveLength(1);
    const t = after.sets[0].frames.toArray().map((f) => f.t);
    expect(t.length).toBe(65);
    expect(t.every((x, i) => i === 0 || x > t[i - 1])).toBe(true);
    expect(after.sets[0].events.filter((e) => e.type === 'rep').map((e) => (e as { index: number }).index)).toEqual([1, 2, 3]);
  });

  it('after a finished first set, goes on with the next one', () => {
    const before = core();
    feed(before, 0, 11);
    expect(before.current().phase).toBe('rest');
    const after = core();
    after.restore(stored(before.sets));
    expect(after.current()).toMatchObject({ phase: 'setup', set: 2, reps: 0 });
    feed(after, 0, 0.5);
    expect(after.sets.map((s) => s.set)).toEqual([1, 2]);
  });
});
