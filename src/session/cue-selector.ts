/**
 * Which cue the live view shows: the first active fault with every active fault's landmarks; after
 * a fault ends its cue lingers a few seconds so it can be read; otherwise a neutral word for where
 * the person is in the exercise. Praise is only about a rep that was seen: "Good form" needs a
 * counted rep with no fault.
 */
import type { EngineSnapshot } from '../engine/events';
import type { ExerciseKind } from '../engine/exercise-spec';

export interface Cue {
  text: string;
  /** Rule id of the cue, when it comes from a fault. */
  rule: string | null;
  /** Landmarks to draw in the warning colour. */
  highlight: number[];
}

interface FaultCue {
  cue: string;
  rule: string;
  landmarks: number[];
}

export interface NeutralState {
  kind: ExerciseKind;
  holding: boolean;
  /** The last hold reached its target and no new one has started. */
  holdDone: boolean;
  /** Rule ids broken in the last counted rep; null before the first rep. */
  lastRepFaults: readonly string[] | null;
}

/** What to show with no fault: a hold's state, or how the last rep went. */
export function neutralCue(s: NeutralState): string {
  if (s.kind === 'hold') {
    if (s.holding) return 'Hold';
    if (s.holdDone) return 'Good. Lower and rest';
    return 'Lift into the hold';
  }
  if (s.lastRepFaults === null) return 'Start when you are ready';
  return s.lastRepFaults.length ? 'Keep going' : 'Good form';
}

/** A rule judged when the rep ended is advice for the next one ("Next time: push your hips higher"). */
export function adviceCue(cue: string): string {
  return `Next time: ${cue.charAt(0).toLowerCase()}${cue.slice(1)}`;
}

/** A hold let go before its target: shown as such, with how long it lasted. */
export function shortHoldCue(seconds: number, target: number): string {
  return `Too short: ${seconds.toFixed(1)} of ${target} s. Hold longer`;
}

export class CueSelector {
  private last: (FaultCue & { t: number }) | null = null;

  /** @param lingerSeconds how long a fault's cue stays after the fault ends */
  constructor(private readonly lingerSeconds: number) {}

  /** A fault the engine reported at `t` (it may end before the next snapshot). */
  fault(f: FaultCue, t: number): void {
    this.last = { cue: f.cue, rule: f.rule, landmarks: f.landmarks, t };
  }

  /** The cue at `t`, from the snapshot's active faults, else the lingering one, else `neutral`. */
  select(activeFaults: EngineSnapshot['activeFaults'], t: number, neutral: string): Cue {
    const active = activeFaults[0];
    if (active) {
      this.fault(active, t);
      return { text: active.cue, rule: active.rule, highlight: [...new Set(activeFaults.flatMap((f) => f.landmarks))] };
    }
    if (this.last && t - this.last.t <= this.lingerSeconds) {
      return { text: this.last.cue, rule: this.last.rule, highlight: [...this.last.landmarks] };
    }
    return { text: neutral, rule: null, highlight: [] };
  }

  reset(): void {
    this.last = null;
  }
}
