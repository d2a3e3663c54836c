/**
 * Which cue the live view shows: the first active fault with every active fault's landmarks; after
 * a fault ends its cue lingers a few seconds so it can be read; otherwise a neutral word for where
 * the person is in the exercise.
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

/** What to show with no fault: a hold's state, or that the form is good. */
export function neutralCue(kind: ExerciseKind, holding: boolean, holdDone: boolean): string {
  if (kind === 'hold') {
    if (holding) return 'Hold';
    if (holdDone) return 'Good. Lower and rest';
    return 'Lift into the hold';
  }
  return 'Good form';
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
