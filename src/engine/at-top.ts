/**
 * Whether a rep is at its top, for `top` rules, and since when: the signal is near the rep's peak,
 * and the top began when that peak was reached (the last clear rise; limbs passing through a rule's
 * zone on the way up are not a fault). Near is wider for a noisy signal: its peak is its highest
 * spike, a few standard deviations above the level the rep is held at, so a band fixed in ranges
 * would leave most of a noisy hold below "the top".
 */
import type { RepSummary } from './rep-counter';

/** How far below the rep's peak (in ranges, or fractions of a peak past the range) the signal may be and still count as at the top. */
const TOP_BAND = 0.15;
/**
 * The highest of a hold's noisy samples lies some 2-3 standard deviations above the held level;
 * this many below the peak still reaches the held level, and a lowering, a steady fall, has next
 * to no noise to widen it.
 */
const TOP_NOISE_SIGMAS = 2;
/**
 * Seconds the peak must stand (no clear rise above it) before a `top` rule speaks: only then is it
 * known to be the top. A fault's time there counts from the peak, not from this confirmation, so a
 * brief top (a bridge touched and left) is judged as long as it really lasted.
 */
export const TOP_SETTLE_SECONDS = 0.2;

/**
 * When the top began, or null while the signal is not near it. `rep`: its highest signal so far
 * and when that last rose clearly; `enter`: the level that starts a rep (never at the top below
 * it); `sigma`: the signal's noise over the rep so far.
 */
export function topSince(signal: number, rep: Pick<RepSummary, 'peak' | 'risingUntil'>, enter: number, sigma: number): number | null {
  const band = Math.max(TOP_BAND * Math.max(1, rep.peak), TOP_NOISE_SIGMAS * sigma);
  return signal >= Math.max(enter, rep.peak - band) ? rep.risingUntil : null;
}
