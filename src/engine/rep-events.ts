/**
 * The events the engine reports for a broken rule and a finished rep, as pure functions of what the
 * stages measured: the engine decides when, these say what.
 */
import type { FaultEvent, RepEvent, Side } from './events';
import type { BodyRef } from './body-parts';
import type { FormRule } from './exercise-spec';
import type { Cycle } from './cycle-counter';
import { repScore } from './rep-score';

/** A broken rule as reported now; `index` turns its landmarks into keypoint indices for the working side. */
export function faultEvent(rule: FormRule, t: number, index: (ref: BodyRef) => number): FaultEvent {
  return {
    type: 'fault',
    t,
    rule: rule.id,
    cue: rule.cue,
    severity: rule.severity,
    landmarks: rule.landmarks.map(index),
    ...(rule.when === 'rep-end' ? { afterRep: true } : {}),
  };
}

export interface RepMeasure {
  t: number;
  /** 1-based count within the set. */
  index: number;
  start: number;
  end: number;
  /** The rep's peak signal (1 = the person's full range; more for a rep that went past it). */
  peak: number;
  hold: { seconds: number; target: number } | null;
  /** The rules broken during the rep, each once. */
  faults: readonly FormRule[];
  side: Side | null;
}

/** A lift: scored on the range reached (at most the full range), the time held and the rules kept. */
export function repEvent(m: RepMeasure): RepEvent {
  const range = Math.min(1, m.peak);
  const event: RepEvent = {
    type: 'rep',
    t: m.t,
    index: m.index,
    start: m.start,
    end: m.end,
    score: repScore({ range, hold: m.hold, faults: m.faults.map((r) => ({ rule: r.id, severity: r.severity })) }),
    range,
    faults: m.faults.map((r) => r.id),
  };
  if (m.side) event.side = m.side;
  return event;
}

/** A cycle of a movement that goes round: a full-range rep, named by its direction when the spec names them. */
export function cycleRepEvent(cycle: Cycle, t: number, index: number, faults: readonly FormRule[], directions: readonly [string, string] | undefined): RepEvent {
  const event = repEvent({ t, index, start: cycle.start, end: cycle.turn, peak: 1, hold: null, faults, side: null });
  if (directions && cycle.direction !== 0) event.direction = directions[cycle.direction === 1 ? 0 : 1];
  return event;
}
