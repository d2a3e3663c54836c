/**
 * Progress over days, from the workout records: workouts grouped by day, the streak of days in a
 * row, a month's calendar, and per exercise a series over time for the chart. Real workouts and
 * replays (tracks, video analyses) are split first and never mixed: each list is shown on its own.
 */
import { isReplay, localDay, type RoutineRecord } from './routine-record';

export interface DayEntry {
  day: string;
  workouts: RoutineRecord[];
}

/** Real workouts apart from replays. */
export function splitBySource(records: readonly RoutineRecord[]): { real: RoutineRecord[]; replays: RoutineRecord[] } {
  return { real: records.filter((r) => !isReplay(r)), replays: records.filter(isReplay) };
}

/** Workouts by local day, newest day first, each day's workouts in order. */
export function workoutsByDay(records: readonly RoutineRecord[]): DayEntry[] {
  const days = new Map<string, RoutineRecord[]>();
  for (const r of records) days.set(r.day, [...(days.get(r.day) ?? []), r]);
  return [...days.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([day, workouts]) => ({ day, workouts: workouts.sort((a, b) => a.startedAt.localeCompare(b.startedAt)) }));
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return localDay(new Date(y, m - 1, d + n));
}

/** Days in a row with a workout, ending today (or yesterday, when today's is still to come). */
export function streak(days: readonly string[], today: string): number {
  const set = new Set(days);
  let day = set.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (set.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}

export interface CalendarCell {
  day: string;
  inMonth: boolean;
  trained: boolean;
}

/** A month as weeks (Monday first) of cells, marking the days with a workout. */
export function monthCalendar(year: number, month: number, trained: ReadonlySet<string>): CalendarCell[][] {
  const first = new Date(year, month, 1);
  const start = new Date(year, month, 1 - ((first.getDay() + 6) % 7));
  const weeks: CalendarCell[][] = [];
  for (let w = 0; w < 6; w++) {
    const week = Array.from({ length: 7 }, (_, i) => {
      const d = new Date(start.getFullYear(), start.getMonth(), start.getDate() + w * 7 + i);
      const day = localDay(d);
      return { day, inMonth: d.getMonth() === month, trained: trained.has(day) };
    });
    if (w > 0 && !week.some((c) => c.inMonth)) break;
    weeks.push(week);
  }
  return weeks;
}

export interface ExercisePoint {
  /** Seconds since 1970 (the chart's time axis) of the workout's start. */
  t: number;
  reps: number;
  holdSeconds: number | null;
  score: number | null;
  range: number | null;
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const present = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

/** One point per workout that did the exercise: total reps, longest hold, mean score and range. */
export function exerciseSeries(records: readonly RoutineRecord[], id: string): ExercisePoint[] {
  return records
    .flatMap((r) => {
      const sets = r.results.filter((x) => x.id === id).flatMap((x) => x.sets);
      if (!sets.length) return [];
      const holds = present(sets.map((s) => s.bestHoldSeconds));
      return [{
        t: Date.parse(r.startedAt) / 1000,
        reps: sets.reduce((n, s) => n + s.reps, 0),
        holdSeconds: holds.length ? Math.max(...holds) : null,
        score: mean(present(sets.map((s) => s.score))),
        range: mean(present(sets.map((s) => s.range))),
      }];
    })
    .sort((a, b) => a.t - b.t);
}

/** Exercises with at least one counted set in the records, in first-seen order. */
export function exercisesDone(records: readonly RoutineRecord[]): string[] {
  return [...new Set(records.flatMap((r) => r.results.filter((x) => x.sets.some((s) => !s.guided)).map((x) => x.id)))];
}

/**
 * Exercises whose most recent pain answer was mild: the seed says discomfort should fade, so the
 * next workout asks about them before they start.
 */
export function mildLastTime(records: readonly RoutineRecord[]): Set<string> {
  const last = new Map<string, string | null>();
  const ordered = [...records].filter((r) => !isReplay(r)).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  for (const r of ordered) for (const x of r.results) if (x.pain) last.set(x.id, x.pain);
  return new Set([...last].filter(([, p]) => p === 'mild').map(([id]) => id));
}
