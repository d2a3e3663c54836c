/**
 * What the exercise engine says about a stream of PoseFrames. The live UI, the review screen, the
 * session store and the CLIs all consume exactly these; replaying a track must give the same list.
 */
import type { Phase } from './phase-machine';

export type Side = 'left' | 'right';
export type Severity = 'info' | 'warn' | 'error';

/** One completed repetition (for hold exercises: one lift into the held pose). */
export interface RepEvent {
  type: 'rep';
  t: number;
  /** 1-based count within the set. */
  index: number;
  /** Working side for alternating exercises (bird-dog: the raised leg's side). */
  side?: Side;
  start: number;
  end: number;
  /** 0..100, from the range reached, the time held (holds) and the rules kept: repScore() in rep-score.ts. */
  score: number;
  /** What the score was made of, in words, when it was given (scoreReasons); absent in sets saved before it was kept. */
  reasons?: string[];
  /** Peak of the exercise's progress signal in this rep (1 = the full target range). */
  range: number;
  /** Rule ids broken during this rep. */
  faults: string[];
  /** Movements that go round: which way this cycle went (the spec's name for it). */
  direction?: string;
}

export interface HoldProgressEvent {
  type: 'hold-progress';
  t: number;
  /** Seconds held so far in the current hold (pauses through a grace period). */
  seconds: number;
  target: number;
  holding: boolean;
}

export interface HoldCompleteEvent {
  type: 'hold-complete';
  t: number;
  start: number;
  end: number;
  seconds: number;
  target: number;
  /** True when the target time was reached. */
  reached: boolean;
}

export interface FaultEvent {
  type: 'fault';
  t: number;
  /** Rule id from the exercise spec, e.g. `hips-sag`. */
  rule: string;
  /** Spoken-style cue in plain words, e.g. "Lift your hips". */
  cue: string;
  severity: Severity;
  /** Indices of the landmarks the fault concerns (drawn in a warning colour). */
  landmarks: number[];
  /** Judged when the rep ended (a rep-end rule): too late for this rep, advice for the next. */
  afterRep?: boolean;
}

export type FramingStatus = 'ok' | 'no-person' | 'landmarks-hidden';

export interface FramingEvent {
  type: 'framing';
  t: number;
  status: FramingStatus;
  /** Plain words for the user, e.g. "Your feet are out of view". */
  message: string;
  /** Names of needed landmarks that are not visible. */
  missing: string[];
}

/**
 * Where the camera stands, when that changes: `problem` says why counting cannot work from there
 * (null: it can again), or that the camera moved (a cut in a video) and the start pose is learnt
 * afresh. `message` is plain words for the person.
 */
export interface ViewEvent {
  type: 'view';
  t: number;
  problem: 'camera-at-end' | 'camera-in-front' | 'camera-moved' | null;
  message: string;
}

export type EngineEvent = RepEvent | HoldProgressEvent | HoldCompleteEvent | FaultEvent | FramingEvent | ViewEvent;

/** The engine's state after the last frame, for the live view. */
export interface EngineSnapshot {
  t: number;
  reps: number;
  /** The phase machine's phase; 'paused' while the frame is not usable. */
  phase: Phase | 'paused';
  /** Current progress signal (0 = start pose, 1 = top), null while paused. */
  signal: number | null;
  /** The exercise's main measurement in physical units (spec.metric names it), null while paused. */
  metric: number | null;
  holding: boolean;
  holdSeconds: number;
  holdTarget: number | null;
  side: Side | null;
  framing: FramingStatus;
  /** Faults active now (for colouring the skeleton and the cue line). */
  activeFaults: { rule: string; cue: string; landmarks: number[] }[];
}
