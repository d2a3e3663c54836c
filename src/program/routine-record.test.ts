import { describe, expect, it } from 'vitest';
import { isReplay, localDay, readRoutine, routineRecord } from './routine-record';
import { todaysPlan } from './todays-plan';
import { beginSet, finishSet, skipWarmUp, startSteps } from './workout-steps';

const plan = todaysPlan({ holdSeconds: {}, reps: {} }, ['head-tilts', 'glute-bridge']);
const set = { reps: 5, holdsReached: 0, holdsTried: 0, bestHoldSeconds: null, score: 90, range: 40, guided: false, recordingId: 'r1' };

describe('routine record', () => {
  it('keeps the local day, the source, the skipped warm-up and where an unfinished workout stands', () => {
    const steps = finishSet(beginSet(skipWarmUp(startSteps(plan))), set);
    const r = routineRecord({ id: 'w1', startedAt: new Date(2026, 10, 26, 0, 30), source: 'camera' }, steps);
    expect(r).toMatchObject({ day: '2026-11-26', status: 'in-progress', warmUpSkipped: true, position: { index: 1, set: 2, sets: [set] } });
    expect(isReplay(r)).toBe(false);
    expect(isReplay({ source: 'track' })).toBe(true);
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('reads back what it wrote and names what is wrong with a malformed record', () => {
    const r = routineRecord({ id: 'w1', startedAt: new Date(2026, 10, 26, 9), source: 'track' }, startSteps(plan));
    expect(readRoutine(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(readRoutine(null)).toBe('a workout without an id');
    expect(readRoutine({ ...r, startedAt: 'yesterday' })).toBe('workout w1: no valid start time');
    expect(readRoutine({ ...r, source: 'cloud' })).toBe('workout w1: unknown source');
    expect(readRoutine({ ...r, results: [{ id: 'x', group: 'main', status: 'done', sets: [{ reps: 'five' }] }] })).toBe('workout w1: an exercise result is malformed');
  });
});
