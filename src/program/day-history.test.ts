import { describe, expect, it } from 'vitest';
import { exerciseSeries, exercisesDone, mildLastTime, monthCalendar, splitBySource, streak, workoutsByDay } from './day-history';
import type { RoutineRecord } from './routine-record';
import type { ExerciseResult } from './workout-steps';

const set = (reps: number, score: number | null, hold: number | null = null) => ({
  reps, holdsReached: 0, holdsTried: 0, bestHoldSeconds: hold, score, range: 30, guided: false, recordingId: null,
});
const rec = (id: string, at: string, results: ExerciseResult[], source: RoutineRecord['source'] = 'camera'): RoutineRecord => ({
  id, startedAt: new Date(at).toISOString(), day: at.slice(0, 10), source, status: 'done', planIds: [], warmUpSkipped: false, endedEarly: false, results,
  position: { index: 0, set: 1, sets: [] },
});
const bridge = (reps: number[], score: number[], pain: ExerciseResult['pain'] = 'none'): ExerciseResult => ({
  id: 'glute-bridge', group: 'main', status: 'done', sets: reps.map((r, i) => set(r, score[i])), pain,
});

const records = [
  rec('a', '2026-11-24T09:00:00', [bridge([5, 5], [80, 90], 'mild')]),
  rec('b', '2026-11-25T09:00:00', [bridge([5, 4], [70, 70])]),
  rec('c', '2026-11-25T18:00:00', [bridge([5, 5], [90, 90], 'mild')]),
  rec('replay', '2026-11-26T10:00:00', [bridge([9, 9], [10, 10])], 'track'),
];

describe('day history', () => {
  it('splits replays from real workouts and groups each by day, newest day first', () => {
    const { real, replays } = splitBySource(records);
    expect(replays.map((r) => r.id)).toEqual(['replay']);
    expect(workoutsByDay(replays).map((d) => d.day)).toEqual(['2026-11-26']);
    expect(workoutsByDay(real).map((d) => [d.day, d.workouts.map((w) => w.id)])).toEqual([
      ['2026-11-25', ['b', 'c']],
      ['2026-11-24', ['a']],
    ]);
  });

  it('counts the streak of days in a row up to today or yesterday', () => {
    expect(streak(['2026-11-24', '2026-11-25'], '2026-11-25')).toBe(2);
    expect(streak(['2026-11-24', '2026-11-25'], '2026-11-26')).toBe(2);
    expect(streak(['2026-11-24', '2026-11-25'], '2026-11-27')).toBe(0);
    expect(streak(['2026-02-28', '2026-03-01'], '2026-03-01')).toBe(2);
  });

  it('lays out a month in Monday-first weeks with the trained days marked', () => {
    const weeks = monthCalendar(2026, 10, new Set(['2026-11-25']));
    expect(weeks[0][0].day).toBe('2026-10-26');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter((c) => c.trained).map((c) => c.day)).toEqual(['2026-11-25']);
    expect(weeks.flat().filter((c) => c.inMonth)).toHaveLength(30);
  });

  it('gives one chart point per real workout: total reps, mean score and range', () => {
    const series = exerciseSeries(splitBySource(records).real, 'glute-bridge');
    expect(series.map((p) => [p.reps, p.score])).toEqual([[10, 85], [9, 70], [10, 90]]);
    expect(series[0].range).toBe(30);
    expect(exerciseSeries(records, 'superman')).toEqual([]);
    expect(exercisesDone(records)).toEqual(['glute-bridge']);
    expect(exerciseSeries(records, 'glute-bridge')).toHaveLength(4);
  });

  it('remembers a mild answer until a later workout answers otherwise', () => {
    expect([...mildLastTime(records)]).toEqual(['glute-bridge']);
    expect([...mildLastTime([...records, rec('d', '2026-11-26T08:00:00', [bridge([5], [80], 'none')])])]).toEqual([]);
  });
});
