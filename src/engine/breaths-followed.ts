/**
 * Which paced breaths the body showed: a breath is followed when a rise of the shoulders or arms
 * (a peak from the cycle counter) tops out while the coach says "in" or early in the "out" that
 * follows (people top out a little late). Where the rise does not show, nothing is claimed: the
 * coach still leads the breaths, it just does not tick them.
 */
import type { BreathStep } from './breath-pacer';

/** How far into the out breath a peak may come, as a fraction of the exhale. */
const LATE_FRACTION = 0.5;

export function breathsFollowed(schedule: BreathStep[], peaks: number[]): boolean[] {
  const inhales = schedule.filter((s) => s.phase === 'in');
  return inhales.map((inhale) => {
    const exhale = schedule.find((s) => s.phase === 'out' && s.breath === inhale.breath);
    const latest = exhale ? exhale.start + LATE_FRACTION * (exhale.end - exhale.start) : inhale.end;
    return peaks.some((t) => t >= inhale.start && t <= latest);
  });
}
