import { describe, expect, it } from 'vitest';
import { loadChanges } from './load-progression';
import { todaysPlan } from './todays-plan';
import type { ExerciseResult, SetOutcome } from './workout-steps';

const plan = todaysPlan({ holdSeconds: { 'bird-dog': 3 }, reps: {} }, ['head-tilts', 'glute-bridge', 'bird-dog', 'match-pickup']);
const s = (o: Partial<SetOutcome> = {}): SetOutcome => ({ reps: 5, holdsReached: 0, holdsTried: 0, bestHoldSeconds: null, score: null, range: null, guided: false, recordingId: null, ...o });
const held = s({ holdsReached: 5, holdsTried: 5, bestHoldSeconds: 3 });
const result = (id: string, sets: SetOutcome[], o: Partial<ExerciseResult> = {}): ExerciseResult => ({ id, group: 'main', status: 'done', sets, pain: 'none', ...o });

describe('load progression', () => {
  it('grows the bird-dog hold one step (3 -> 6 s) when every hold of every set was made', () => {
    expect(loadChanges(plan, [result('bird-dog', [held, held])])).toEqual([{ id: 'bird-dog', what: 'hold', from: 3, to: 6 }]);
  });

  it('keeps the hold after a missed hold, a missing set, or any pain', () => {
    expect(loadChanges(plan, [result('bird-dog', [held, s({ holdsReached: 4, holdsTried: 5 })])])).toEqual([]);
    expect(loadChanges(plan, [result('bird-dog', [held])])).toEqual([]);
    expect(loadChanges(plan, [result('bird-dog', [held, held], { pain: 'mild' })])).toEqual([]);
  });

  it('grows reps only where the seed leaves the count open (straightening), never the 2 x 5 main set', () => {
    const guided = s({ guided: true });
    const pickup = plan.find((p) => p.id === 'match-pickup')!;
    const full = s({ reps: pickup.reps });
    const sets = (o: Partial<SetOutcome> = {}) => Array.from({ length: pickup.sets }, () => ({ ...full, ...o }));
    expect(loadChanges(plan, [result('match-pickup', sets())])).toEqual([{ id: 'match-pickup', what: 'reps', from: pickup.reps, to: pickup.reps + 2 }]);
    expect(loadChanges(plan, [result('match-pickup', sets({ reps: pickup.reps - 1 }))])).toEqual([]);
    expect(loadChanges(plan, [result('glute-bridge', [s(), s()]), result('head-tilts', [guided, guided])])).toEqual([]);
    expect(loadChanges(plan, [result('match-pickup', sets(), { status: 'skipped' })])).toEqual([]);
  });
});

describe('every hold grows by the same rule', () => {
  it('has a progression for every held exercise, from the seed time up to 30 s', () => {
    const holds = todaysPlan({ holdSeconds: {}, reps: {} }).filter((p) => p.kind === 'hold');
    expect(holds.length).toBeGreaterThanOrEqual(3);
    for (const p of holds) expect(p.holdProgression).toMatchObject({ step: 3, min: p.holdSeconds, max: 30 });
  });
});
