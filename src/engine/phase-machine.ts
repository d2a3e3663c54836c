/**
 * Two-phase hysteresis machine over a 0..1 progress signal, like the enter/exit thresholds of
 * MediaPipe's repetition counter but timed in seconds: `up` is entered when the signal has stayed at
 * or above `enter` for `enterSeconds`, left when it has stayed at or below `exit` for `exitSeconds`.
 * The gap between the thresholds and the dwell times keep noise from making phantom transitions.
 *
 * It starts `waiting`: a track that opens mid-lift must first show the start pose, so a half
 * repetition at the start of a clip is not counted. Transition times are where the signal crossed
 * the threshold, interpolated between frames, so a 5 fps track times a hold as well as a 60 fps one.
 */
export type Phase = 'waiting' | 'down' | 'up';

export interface PhaseMachineConfig {
  /** Signal level that starts the `up` phase. */
  enter: number;
  /** Signal level that ends it; below `enter`. */
  exit: number;
  /** Seconds the signal must stay past `enter` before the phase changes. */
  enterSeconds: number;
  /** Seconds the signal must stay past `exit` before the phase changes. */
  exitSeconds: number;
}

export interface PhaseTransition {
  from: Phase;
  to: Phase;
  /** When the signal crossed the threshold. */
  t: number;
}

export class PhaseMachine {
  phase: Phase = 'waiting';
  private pendingSince: number | null = null;
  private lastT = 0;
  private lastSignal: number | null = null;

  constructor(readonly config: PhaseMachineConfig) {}

  /**
   * Feeds one sample; returns the transition it confirms, if any. `exitScale` (>= 1) raises the
   * exit level for a rep that went past the expected top: leaving the top is judged against how
   * high this rep went.
   */
  update(t: number, signal: number, exitScale = 1): PhaseTransition | null {
    const enter = this.config.enter;
    const exit = this.config.exit * exitScale;
    const prevT = this.lastT;
    const prevSignal = this.lastSignal;
    this.lastT = t;
    this.lastSignal = signal;

    const [target, threshold, dwell] =
      this.phase === 'up'
        ? (['down', exit, this.config.exitSeconds] as const)
        : (['up', enter, this.config.enterSeconds] as const);
    const past = target === 'up' ? signal >= threshold : signal <= threshold;

    if (this.phase === 'waiting') {
      // Only the start pose arms the machine; the top of a lift already under way does not.
      if (signal <= exit) this.phase = 'down';
      return null;
    }
    if (!past) {
      this.pendingSince = null;
      return null;
    }
    if (this.pendingSince === null) this.pendingSince = crossingTime(prevT, prevSignal, t, signal, threshold);
    if (t - this.pendingSince < dwell) return null;
    const transition: PhaseTransition = { from: this.phase, to: target, t: this.pendingSince };
    this.phase = target;
    this.pendingSince = null;
    return transition;
  }

  /**
   * A frame without the needed landmarks: nothing is known about the signal, so nothing changes,
   * and a crossing seen before the gap must be confirmed afresh after it.
   */
  pause(): void {
    this.pendingSince = null;
    this.lastSignal = null;
  }

  /** Forget the pose entirely (e.g. after a long drop-out): wait for the start pose again. */
  reset(): void {
    this.phase = 'waiting';
    this.pause();
  }
}

/** Time at which the signal crossed `level` between two samples, by linear interpolation. */
export function crossingTime(t0: number, s0: number | null, t1: number, s1: number, level: number): number {
  if (s0 === null || s0 === s1) return t1;
  const f = (level - s0) / (s1 - s0);
  return f <= 0 ? t0 : f >= 1 ? t1 : t0 + f * (t1 - t0);
}
