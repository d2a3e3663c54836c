/**
 * The History chart's time axis: which days it spans and where its ticks go, by local calendar days
 * (a workout is "Thursday", not an instant). uPlot's own choice for one point spans about 1000 days
 * (it pads a single x by 86400 / its ms factor), so the app decides: a week around one workout, day
 * ticks while the workouts fit in two weeks, week ticks (Mondays) beyond that.
 */
export type TimeUnit = 'day' | 'week';

export interface TimeAxis {
  /** Seconds since 1970: the scale's ends. */
  min: number;
  max: number;
  unit: TimeUnit;
  /** Seconds since 1970 of each tick (local midnights), and its label. */
  ticks: number[];
  labels: string[];
}

/** At most this many labelled ticks: "Nov 26" is ~60 px in the chart's 16 px font. */
const MAX_TICKS = 9;
const DAY_AXIS_MAX_DAYS = 14;
const MIN_DAYS_SHOWN = 7;

const midnight = (d: Date, plusDays = 0) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays);
const seconds = (d: Date) => d.getTime() / 1000;
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);
const label = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

function mondayOf(d: Date): Date {
  return midnight(d, -((d.getDay() + 6) % 7));
}

/** The axis for workouts at `times` (seconds since 1970, any order); null without any. */
export function timeAxis(times: readonly number[]): TimeAxis | null {
  if (!times.length) return null;
  const first = midnight(new Date(Math.min(...times) * 1000));
  const lastDay = midnight(new Date(Math.max(...times) * 1000));
  const span = daysBetween(first, lastDay) + 1;
  let start: Date;
  let end: Date;
  let unit: TimeUnit;
  if (span <= DAY_AXIS_MAX_DAYS) {
    unit = 'day';
    // A day either side, and at least a week shown, the workouts in its middle.
    const shown = Math.max(MIN_DAYS_SHOWN, span + 2);
    start = midnight(first, -Math.floor((shown - span) / 2));
    end = midnight(start, shown);
  } else {
    unit = 'week';
    start = mondayOf(first);
    end = midnight(mondayOf(lastDay), 7);
  }
  const unitDays = unit === 'day' ? 1 : 7;
  const units = daysBetween(start, end) / unitDays;
  const step = Math.ceil((units + 1) / MAX_TICKS) * unitDays;
  const ticks: Date[] = [];
  for (let d = start; d <= end; d = midnight(d, step)) ticks.push(d);
  return { min: seconds(start), max: seconds(end), unit, ticks: ticks.map(seconds), labels: ticks.map(label) };
}
