/**
 * The seed's routine rules, as pure functions the screens can show:
 * - warm up before the main set; 2 sets x 5 of each exercise;
 * - train no later than 5 hours before bedtime;
 * - no pain in joints or muscles (if there is, it should subside; stop otherwise);
 * - a hold that grows (bird-dog: 3 s at first, up to 30 s), for any spec with a `hold.progression`.
 */
import type { HoldProgression } from '../engine/exercise-spec';
import type { SetEnd } from '../session/session-core';

export const HOURS_BEFORE_BED = 5;

export const PAIN_RULE = 'Stop if anything hurts. Mild discomfort should fade; pain that stays is a reason to rest and ask a doctor.';

/** Clamps a hold time to the progression's range, whole seconds. */
export function clampHold(p: HoldProgression, seconds: number): number {
  if (!Number.isFinite(seconds)) return p.min;
  return Math.min(p.max, Math.max(p.min, Math.round(seconds)));
}

/**
 * Next session's hold: one step longer after a session where every hold reached its target,
 * unchanged otherwise; never over the maximum.
 */
export function nextHold(p: HoldProgression, current: number, allHoldsReached: boolean): number {
  const now = clampHold(p, current);
  return allHoldsReached ? clampHold(p, now + p.step) : now;
}

/**
 * Whether a workout at `now` breaks the 5-hours-before-bed rule, with bedtime as "HH:MM" local
 * time. Returns the warning text or null. A bedtime after midnight (e.g. "01:00") counts as the
 * same night, and up to 4 h past bedtime still warns.
 */
export function bedtimeWarning(now: Date, bedtime: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(bedtime.trim());
  if (!m) return null;
  const bed = new Date(now);
  bed.setHours(Number(m[1]), Number(m[2]), 0, 0);
  // The next bedtime from now; a bedtime passed less than 4 h ago means they are up late.
  if (bed.getTime() <= now.getTime()) bed.setDate(bed.getDate() + 1);
  const hoursLeft = (bed.getTime() - now.getTime()) / 3600_000;
  if (hoursLeft >= HOURS_BEFORE_BED && hoursLeft <= 20) return null;
  return 'It is less than 5 hours before your bedtime. The routine works best earlier in the day.';
}

/** What a finished set looks like to the progression rule: how it ended and its holds. */
export interface FinishedSet {
  ended: SetEnd | null;
  holdsReached: boolean[];
}

/**
 * The seed's "raise the load gradually": after a camera workout in which every set reached its
 * target and every hold its time, the next workout holds one step longer (up to the maximum).
 * Returns the new hold time, or null when it stays.
 */
export function holdAfterWorkout(p: HoldProgression, current: number, sets: readonly FinishedSet[]): number | null {
  const holds = sets.flatMap((s) => s.holdsReached);
  const allReached = sets.length > 0 && holds.length > 0 && sets.every((s) => s.ended === 'target') && holds.every(Boolean);
  const next = nextHold(p, current, allReached);
  return next !== clampHold(p, current) ? next : null;
}
