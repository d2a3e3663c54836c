import { describe, expect, it } from 'vitest';
import { openQuestions, type Askers } from './open-questions';
import type { RoutineRecord } from '../program/routine-record';
import type { WorkoutMeta } from '../storage/workout-record';

function askers(state: { routine?: boolean; set?: boolean; leaving?: boolean }) {
  const calls: string[] = [];
  const w = { id: 'w1' } as WorkoutMeta;
  const a: Askers = {
    routine: {
      unfinished: state.routine ? ({ id: 'r1' } as RoutineRecord) : null,
      unfinishedText: () => 'It stopped at bird-dog, set 2. Continue there?',
      resume: () => calls.push('routine.resume'),
      dismissUnfinished: () => calls.push('routine.dismiss'),
    },
    flow: {
      unfinished: state.set ? w : null,
      unfinishedText: () => 'Glute bridge, 3 reps.',
      resumeUnfinished: () => calls.push('flow.resume'),
      keepUnfinished: (m) => calls.push(`flow.keep ${m.id}`),
    },
    nav: { leaving: state.leaving ? () => undefined : null, answer: (leave) => calls.push(`nav.answer ${leave}`) },
  };
  return { a, calls };
}

describe('openQuestions', () => {
  it('asks nothing when nothing is pending', () => {
    expect(openQuestions(askers({}).a)).toEqual([]);
  });

  it('stacks the interrupted workout, the interrupted set and leaving, in that order, with their words', () => {
    const qs = openQuestions(askers({ routine: true, set: true, leaving: true }).a);
    expect(qs.map((q) => q.testid)).toEqual(['workout-resume-offer', 'resume-offer', 'leave-confirm']);
    expect(qs[0]).toMatchObject({ title: 'Your workout was not finished', message: 'It stopped at bird-dog, set 2. Continue there?', primary: 'Continue the workout', secondary: 'Keep it as it is' });
    expect(qs[1]).toMatchObject({ title: 'Your last set was not finished', message: 'Glute bridge, 3 reps.', primary: 'Resume the set', secondary: 'Keep what was recorded' });
    expect(qs[2]).toMatchObject({ title: 'Leave this set?', primary: 'Stay', secondary: 'Leave' });
  });

  it('answers each question to its owner: the safe answer first', () => {
    const { a, calls } = askers({ routine: true, set: true, leaving: true });
    for (const q of openQuestions(a)) {
      q.onprimary();
      q.onsecondary();
    }
    expect(calls).toEqual(['routine.resume', 'routine.dismiss', 'flow.resume', 'flow.keep w1', 'nav.answer false', 'nav.answer true']);
  });
});
