import { describe, expect, it } from 'vitest';
import { secondsLeft, setSeconds, timeLeftText } from './time-left';
import { todaysPlan } from './todays-plan';
import { answerPain, beginSet, finishSet, startSteps } from './workout-steps';

const plan = todaysPlan({ holdSeconds: { 'bird-dog': 6 }, reps: {} }, ['head-tilts', 'bird-dog']);
const pace = { repSeconds: 3, restSeconds: 30 };
const set = { reps: 5, holdsReached: 0, holdsTried: 0, bestHoldSeconds: null, score: null, range: null, guided: true, recordingId: null };

describe('time left', () => {
  it('counts reps at the pace and holds at their time', () => {
    expect(setSeconds(plan[0], pace)).toBe(15);
    expect(setSeconds(plan[1], pace)).toBe(5 * (6 + 3));
  });

  it('adds the rests between sets and exercises and shrinks as the workout goes', () => {
    const s0 = startSteps(plan);
    // head-tilts: 2 x 15 + 30 rest; then 30 rest + bird-dog 2 x 45 + 30.
    expect(secondsLeft(s0, pace)).toBe(60 + 30 + 120);
    const s1 = finishSet(beginSet(s0), set);
    expect(secondsLeft(s1, pace)).toBe(30 + 15 + 150);
    const s2 = answerPain(finishSet(beginSet(s1), set), 'none');
    expect(secondsLeft(s2, pace)).toBe(120);
    expect(secondsLeft({ ...s2, step: 'done' }, pace)).toBe(0);
  });

  it('words it', () => {
    expect(timeLeftText(0)).toBe('Finished');
    expect(timeLeftText(40)).toBe('About 40 s left');
    expect(timeLeftText(25 * 60 + 10)).toBe('About 25 min left');
  });
});
