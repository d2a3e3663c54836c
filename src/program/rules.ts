/**
 * The seed's routine rules, as pure functions the screens can show:
 * - warm up before the main set; 2 sets x 5 of each exercise;
 * - train no later than 5 hours before bedtime;
 * - no pain in joints or muscles (if there is, it should subside; stop otherwise);
 * - bird-dog: hold 3 s at first, growing to 30 s.
 */
export const DEFAULT_SETS = 2;
export const DEFAULT_REPS = 5;
export const BIRD_DOG_HOLD_MIN = 3;
export const BIRD_DOG_HOLD_MAX = 30;
export const HOURS_BEFORE_BED = 5;

export const PAIN_RULE = 'Stop if anything hurts. Mild discomfort should fade; pain that stays is a reason to rest and ask a doctor.';

/** Clamps a bird-dog hold time to the seed's 3..30 s range, whole seconds. */
export function clampBirdDogHold(seconds: number): number {
  if (!Number.isFinite(seconds)) return BIRD_DOG_HOLD_MIN;
  return Math.min(BIRD_DOG_HOLD_MAX, Math.max(BIRD_DOG_HOLD_MIN, Math.round(seconds)));
}

/**
 * Next session's bird-dog hold: a little longer (3 s steps) after a session where every hold
 * reached its target, unchanged otherwise; never over 30 s.
 */
export function nextBirdDogHold(current: number, allHoldsReached: boolean): number {
  const now = clampBirdDogHold(current);
  return allHoldsReached ? clampBirdDogHold(now + 3) : now;
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
  ended: 'target' | 'source' | 'stopped' | null;
  holdsReached: boolean[];
}

/**
 * The seed's "raise the load gradually" for the bird-dog: after a camera workout in which every set
 * reached its target and every hold its time, the next workout holds 3 s longer (up to 30 s).
 * Returns the new hold time, or null when it stays.
 */
export function birdDogHoldAfterWorkout(current: number, sets: readonly FinishedSet[]): number | null {
  const holds = sets.flatMap((s) => s.holdsReached);
  const allReached = sets.length > 0 && holds.length > 0 && sets.every((s) => s.ended === 'target') && holds.every(Boolean);
  const next = nextBirdDogHold(current, allReached);
  return next !== clampBirdDogHold(current) ? next : null;
}
