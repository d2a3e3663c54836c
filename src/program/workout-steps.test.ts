import { describe, expect, it } from 'vitest';
import { todaysPlan } from './todays-plan';
import {
  answerPain, beginSet, currentItem, endEarly, finishSet, nextItem, painJustReported, redoExercise, reportPain, skipExercise, skipWarmUp, startSteps,
  type SetOutcome, type WorkoutSteps,
} from './workout-steps';

const plan = todaysPlan({ holdSeconds: {}, reps: {} }, ['head-tilts', 'arm-circles', 'glute-bridge', 'bird-dog']);
const set = (reps = 5): SetOutcome => ({ reps, holdsReached: 0, holdsTried: 0, bestHoldSeconds: null, score: 80, range: 30, guided: false, recordingId: null });
const doSet = (s: WorkoutSteps, reps = 5) => finishSet(beginSet(s), set(reps));

describe('workout steps', () => {
  it('starts at the warm-up with a preview, and goes set, rest, set, pain check, next exercise', () => {
    let s = startSteps(plan);
    expect(s).toMatchObject({ step: 'next-up', index: 0, set: 1 });
    expect(currentItem(s)?.id).toBe('head-tilts');
    expect(nextItem(s)?.id).toBe('arm-circles');
    s = doSet(s);
    expect(s).toMatchObject({ step: 'rest', set: 2 });
    s = doSet(s, 4);
    expect(s.step).toBe('pain-check');
    s = answerPain(s, 'none');
    expect(s).toMatchObject({ step: 'next-up', index: 1, set: 1, sets: [] });
    expect(s.results).toEqual([{ id: 'head-tilts', group: 'warm-up', status: 'done', sets: [set(), set(4)], pain: 'none' }]);
  });

  it('ignores moves that do not fit the step (no set finished from a preview)', () => {
    const s = startSteps(plan);
    expect(finishSet(s, set())).toBe(s);
    expect(answerPain(s, 'none')).toBe(s);
  });

  it('cannot reach the main set without the warm-up but by one explicit skip, which it keeps', () => {
    const s = skipWarmUp(startSteps(plan));
    expect(currentItem(s)?.id).toBe('glute-bridge');
    expect(s.warmUpSkipped).toBe(true);
    expect(s.results.map((r) => [r.id, r.status])).toEqual([['head-tilts', 'skipped'], ['arm-circles', 'skipped']]);
    // Past the warm-up the skip does nothing.
    expect(skipWarmUp(s)).toBe(s);
  });

  it('notes mild pain and goes on; pain in a set ends that exercise with its sets kept', () => {
    let s = answerPain(doSet(doSet(startSteps(plan))), 'mild');
    expect(s.results[0].pain).toBe('mild');
    expect(painJustReported(s)).toBe(false);
    s = reportPain(doSet(s));
    expect(s.results[1]).toMatchObject({ id: 'arm-circles', status: 'stopped-for-pain', pain: 'pain', sets: [set()] });
    expect(painJustReported(s)).toBe(true);
    expect(currentItem(s)?.id).toBe('glute-bridge');
  });

  it('"it hurts" during a counted set keeps what that set counted and ends the exercise', () => {
    let s = beginSet(doSet(beginSet(startSteps(plan)), 5));
    s = reportPain(s, set(2));
    expect(s.results[0]).toMatchObject({ id: 'head-tilts', status: 'stopped-for-pain', pain: 'pain', sets: [set(5), set(2)] });
    expect(painJustReported(s)).toBe(true);
    expect(currentItem(s)?.id).toBe('arm-circles');
    // In a rest there is no set in progress to keep.
    expect(reportPain(doSet(beginSet(startSteps(plan))), set(2)).results[0].sets).toEqual([set(5)]);
  });

  it('skips, redoes and ends early', () => {
    let s = skipExercise(startSteps(plan));
    expect(s.results[0].status).toBe('skipped');
    s = redoExercise(doSet(s));
    expect(s).toMatchObject({ step: 'next-up', set: 1, sets: [], index: 1 });
    s = endEarly(doSet(s));
    expect(s).toMatchObject({ step: 'done', endedEarly: true });
    expect(s.results.at(-1)).toMatchObject({ id: 'arm-circles', status: 'ended-early' });
  });

  it('is done after the last exercise', () => {
    let s = startSteps(plan.slice(-1));
    s = answerPain(doSet(doSet(s)), 'none');
    expect(s.step).toBe('done');
    expect(currentItem(s)).toBeNull();
  });
});
