/**
 * How long the engine could not see what it needed during a set, and why (the framing message that
 * held longest). A review with no reps should say that the camera lost the person, not just "0".
 */
import type { EngineEvent } from '../engine/events';

export interface TrackingGaps {
  /** Seconds without the needed landmarks. */
  seconds: number;
  /** Seconds the set lasted. */
  total: number;
  /** The framing message that covered most of those seconds. */
  reason: string | null;
}

export function trackingGaps(events: readonly EngineEvent[], start: number, end: number): TrackingGaps {
  const byReason = new Map<string, number>();
  let openSince: number | null = null;
  let openReason = '';
  const close = (t: number) => {
    if (openSince === null) return;
    byReason.set(openReason, (byReason.get(openReason) ?? 0) + Math.max(0, t - openSince));
    openSince = null;
  };
  for (const e of events) {
    if (e.type !== 'framing') continue;
    close(e.t);
    if (e.status !== 'ok') {
      openSince = e.t;
      openReason = e.message;
    }
  }
  close(end);
  let reason: string | null = null;
  let seconds = 0;
  for (const [message, s] of byReason) {
    seconds += s;
    if (reason === null || s > (byReason.get(reason) ?? 0)) reason = message;
  }
  return { seconds, total: Math.max(0, end - start), reason };
}

/** A sentence for the review when the gaps matter (no reps, or a fifth of the set unseen). */
export function trackingGapNote(gaps: TrackingGaps, reps: number): string | null {
  if (gaps.seconds < 1 || !gaps.reason) return null;
  if (reps > 0 && gaps.seconds < 0.2 * gaps.total) return null;
  return `The camera could not follow you for ${gaps.seconds.toFixed(1)} of ${gaps.total.toFixed(1)} s, mostly because: “${gaps.reason}”.`;
}
