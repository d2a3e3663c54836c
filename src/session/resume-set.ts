/**
 * Going on with a set recorded before a reload or a lost camera: the engine is brought to where
 * the set stopped by replaying its frames (silently: their events are already in the set), and
 * the set's clock is moved so that the next live frame follows its last recorded one.
 */
import type { EngineEvent } from '../engine/events';
import type { EngineLike, SetRecord } from './session-core';

/** Gap left between the last recorded frame and the first one after the break, seconds. */
const RESUME_GAP = 1 / 30;

export function continueSet(engine: EngineLike, set: SetRecord, nextSourceT: number): void {
  for (const f of set.frames) engine.push(f);
  const last = set.frames.length ? set.frames.lastT() : -RESUME_GAP;
  // t0 becomes "source time of the set's start" on the new source's clock.
  set.t0 = nextSourceT - last - RESUME_GAP;
}

/** Where a workout restored after a reload goes on: in its unfinished last set, at the next set, or nowhere. */
export function resumePoint(sets: readonly SetRecord[], totalSets: number): { set: number; reps: number; carried: SetRecord | null } | 'finished' {
  const last = sets[sets.length - 1];
  if (last.ended === null) return { set: last.set, reps: repsIn(last.events), carried: last };
  if (last.ended === 'target' && last.set < totalSets) return { set: last.set + 1, reps: 0, carried: null };
  return 'finished';
}

/** Reps counted so far in a set, from its events. */
export function repsIn(events: readonly EngineEvent[]): number {
  return events.reduce((n, e) => (e.type === 'rep' ? Math.max(n, e.index) : n), 0);
}

/** Source time of the last recorded frame, on the clock of the source it came from: a replay goes on after it. */
export function lastSourceTime(sets: readonly SetRecord[]): number | null {
  for (let i = sets.length - 1; i >= 0; i--) {
    const f = sets[i].frames;
    if (f.length) return sets[i].t0 + f.lastT();
  }
  return null;
}
