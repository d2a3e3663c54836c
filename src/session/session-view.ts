/** The view the screens show, as plain data: how a session starts, and what a new set clears. */
import { LOOKING } from './framing-words';
import type { SessionOptions, SessionView } from './session-types';

export const initialView = (options: Pick<SessionOptions, 'sets' | 'targetReps'>): SessionView => ({
  phase: 'setup', set: 1, sets: options.sets, reps: 0, targetReps: options.targetReps, shortHolds: 0, hold: null,
  cue: '', cueRule: null, highlight: [], framing: 'no-person', framingMessage: LOOKING, setupProblems: [],
  countdown: 0, restLeft: 0, trackingLost: false, t: 0, end: null,
});

/** A copy that shares nothing with the live view. */
export const copyView = (v: SessionView): SessionView => ({ ...v, hold: v.hold ? { ...v.hold } : null, highlight: [...v.highlight], end: v.end ? { ...v.end } : null });

/** What a new set starts from: nothing counted, cued or lost yet. */
export function clearSet(v: SessionView): void {
  Object.assign(v, { reps: 0, shortHolds: 0, hold: null, cue: '', cueRule: null, highlight: [], trackingLost: false });
}
