import { describe, expect, it } from 'vitest';
import { FrameStore } from '../pose/frame-store';
import type { EngineEvent } from '../engine/events';
import type { SetRecord } from './session-core';
import type { StoredWorkout } from '../storage/workout-record';
import { historyOf, summarizeWorkout, unfinishedText } from './workout-summary';

const rep = (index: number, score: number): EngineEvent => ({ type: 'rep', t: index, index, start: index - 1, end: index, score, range: 1, faults: [] });
const fault: EngineEvent = { type: 'fault', t: 1, rule: 'hips-low', cue: 'Lift', severity: 'warn', landmarks: [] };
const set = (events: EngineEvent[]): SetRecord => ({ set: 1, t0: 0, frames: new FrameStore(), events, series: [], ended: 'target' });
const workout = (id: string, date: string, sets: SetRecord[]): StoredWorkout => ({
  id,
  exercise: 'glute-bridge',
  date,
  source: 'camera',
  status: 'done',
  header: { source: { name: 'x', width: 1, height: 1, fps: 1 }, model: { name: 'blazepose', variant: 'full', runtime: 'tfjs' } },
  sets,
});

describe('summarizeWorkout', () => {
  it('counts reps and cues over all sets and averages the scores', () => {
    const s = summarizeWorkout(workout('a', '2026-11-25T08:00:00Z', [set([rep(1, 100), fault, rep(2, 80)]), set([rep(1, 90)])]));
    expect(s).toMatchObject({ sets: 2, reps: 3, meanScore: 90, faults: 1 });
  });
  it('counts the holds of a hold exercise that reached their target, not every lift', () => {
    const hold = (reached: boolean): EngineEvent => ({ type: 'hold-complete', t: 1, start: 0, end: 1, seconds: reached ? 15 : 0.3, target: 15, reached });
    const w = { ...workout('c', '2026-11-25T08:00:00Z', [set([hold(false), rep(1, 2), hold(true), rep(2, 100)])]), exercise: 'superman' };
    expect(summarizeWorkout(w)).toMatchObject({ reps: 1, unit: 'hold' });
    expect(summarizeWorkout(workout('d', '2026-11-25T08:00:00Z', [set([rep(1, 100)])])).unit).toBe('rep');
  });
  it('has no score without reps', () => {
    expect(summarizeWorkout(workout('b', '2026-11-25T08:00:00Z', [set([])])).meanScore).toBeNull();
  });
});

describe('historyOf', () => {
  it('lists the newest workout first', () => {
    const list = historyOf([workout('old', '2026-11-20T08:00:00Z', []), workout('new', '2026-11-25T08:00:00Z', []), workout('mid', '2026-11-22T08:00:00Z', [])]);
    expect(list.map((w) => w.id)).toEqual(['new', 'mid', 'old']);
  });
});

describe('unfinishedText', () => {
  it('names the set left and the reps it holds', () => {
    const text = unfinishedText(workout('a', '2026-11-25T08:00:00Z', [set([rep(1, 90)]), set([rep(1, 90), rep(2, 80)])]), 'Glute bridge', 'reps');
    expect(text).toMatch(/^Glute bridge, set 2 .*: 2 reps recorded/);
    expect(unfinishedText(workout('b', '2026-11-25T08:00:00Z', [set([rep(1, 90)])]), 'Superman', 'hold')).toContain(': 1 hold recorded');
  });
});
