/** What a workout session takes and gives: its options, the view the screens show, the sets it records. */
import type { EngineEvent, EngineSnapshot, FramingStatus } from '../engine/events';
import type { ExerciseKind } from '../engine/exercise-spec';
import type { SetupCheck, SetupProblem } from '../engine/setup-check';
import type { FrameStore } from '../pose/frame-store';
import type { PoseFrame } from '../track/track';
import type { SetEndWords } from './set-end-words';
import type { SpeechKind } from './speech-queue';

/** The part of the exercise engine the session uses (src/engine/exercise-engine.ts). */
export interface EngineLike {
  push(frame: PoseFrame): EngineEvent[];
  snapshot(): EngineSnapshot;
  finish(): EngineEvent[];
}

/** How a set ended: its target reached, the source over, or stopped by the user. */
export type SetEnd = 'target' | 'source' | 'stopped';

export type SessionPhase = 'setup' | 'countdown' | 'counting' | 'rest' | 'finished';

export interface SessionOptions {
  createEngine: () => EngineLike;
  checkSetup: (frame: PoseFrame) => SetupCheck;
  kind: ExerciseKind;
  sets: number;
  /** Reps (or lifts into the hold) per set. */
  targetReps: number;
  /** End a set when the target is reached (camera); otherwise the source's end ends it. */
  stopAtTarget: boolean;
  /** Seconds the view must stay right before the countdown starts. */
  settleSeconds: number;
  /** Countdown length in seconds; 0 starts counting on the first right frame. */
  countdownSeconds: number;
  /** Seconds a fault's cue stays on screen after the fault ends. */
  cueLingerSeconds?: number;
  /** Rest between sets, seconds of source time. */
  restSeconds?: number;
  /** Said once a set, never checked (reminder-schedule.ts): the spec's `reminders`. */
  reminders?: readonly string[];
  /** Paced breathing: the coach says and shows "Breathe in ... out" (breath-calls.ts). */
  paced?: boolean;
}

export interface MetricPoint {
  t: number;
  metric: number | null;
  signal: number | null;
}

export interface SetRecord {
  set: number;
  /** Source time of the first counted frame; recorded frames and events are relative to it. */
  t0: number;
  /** Typed arrays, not an object per frame: a 30-minute set is a few tens of MB (frame-store.ts). */
  frames: FrameStore;
  events: EngineEvent[];
  series: MetricPoint[];
  /** How the set ended. */
  ended: SetEnd | null;
}

export interface HoldView {
  seconds: number;
  target: number;
  holding: boolean;
  /** The last hold reached its target and no new one has started. */
  done: boolean;
  /** The last hold was let go before its target and no new one has started. */
  short: boolean;
}

export interface SessionView {
  phase: SessionPhase;
  set: number;
  sets: number;
  /** Reps counted; for a hold exercise, holds that reached their target. */
  reps: number;
  targetReps: number;
  /** Hold attempts let go before their target. */
  shortHolds: number;
  hold: HoldView | null;
  /** The cue to show now ('' for none). */
  cue: string;
  /** Rule id of that cue, when it comes from a fault. */
  cueRule: string | null;
  /** Landmarks to draw in the warning colour. */
  highlight: number[];
  framing: FramingStatus;
  /** Plain words about the view: set-up problem, tracking lost, or that all is well. */
  framingMessage: string;
  setupProblems: SetupProblem[];
  /** Whole seconds left in the countdown (phase 'countdown'). */
  countdown: number;
  /** Whole seconds left of the rest (phase 'rest'). */
  restLeft: number;
  trackingLost: boolean;
  /** Source time of the last frame. */
  t: number;
  /** What is said about the set once it is over (phase 'rest' or 'finished'). */
  end: SetEndWords | null;
}

export interface SpeechRequest {
  text: string;
  kind: SpeechKind;
}

export interface PushResult {
  events: EngineEvent[];
  speech: SpeechRequest[];
}
