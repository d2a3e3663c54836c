/**
 * Where the rest next to a rep's top is, in the engine's signal trace: the fault is injected from
 * there (and a limb "left down" is put back where it was there), so it must be the person at rest,
 * not the first frame of the lift.
 */

/** The engine's progress signal after each frame (null while paused). */
export type SignalTrace = readonly { t: number; signal: number | null }[];

/** How far above its lowest the signal may be and still be the rest between two reps. */
const REST_BAND = 0.1;

/**
 * The rest between `after` and `before`: the sample at rest (within REST_BAND of the lowest signal
 * there) nearest the top, the last before it (`edge` 'last') or the first after it ('first'). A fault
 * then grows over the lift itself, as a person's would, and the rest before it stays clean, as a
 * rule reading from the person's own rest pose expects.
 *
 * Before the top, a rest sample whose signal already climbs from the one before is left out: the
 * signal is smoothed, so it lags the pose, and a lift that starts quickly (a jump between two
 * frames) still reads "at rest" on its first frame while the limbs there are already up. After the
 * top the lag only puts the first rest sample later, where the pose is back at rest too.
 */
export function restBesideTop(trace: SignalTrace, after: number, before: number, edge: 'first' | 'last'): number {
  const seen = trace.filter((s) => s.t > after && s.t < before && s.signal !== null) as { t: number; signal: number }[];
  if (!seen.length) return Number.isFinite(after) ? after : before;
  const lowest = Math.min(...seen.map((s) => s.signal));
  const atRest = seen.filter((s, i) => s.signal <= lowest + REST_BAND && (edge === 'first' || i === 0 || s.signal <= seen[i - 1].signal));
  return (edge === 'last' ? atRest.at(-1)! : atRest[0]).t;
}
