/**
 * What an exercise is, as data plus a few pure functions of the pose features. The engine runs any
 * spec through the same pipeline; a new exercise is a new spec, never a new loop.
 */
import type { Severity, Side } from './events';
import type { BodyRef } from './body-parts';
import type { PoseFeatures } from './pose-features';
import type { PhaseMachineConfig } from './phase-machine';
import type { RepSummary } from './rep-counter';

export type ExerciseKind = 'reps' | 'hold';
export type CameraView = 'side' | 'front';

/**
 * A rule id, e.g. `hips-sag`. Lowercase<string> rather than string so that a spec declared with
 * `satisfies ExerciseSpec` keeps its ids as literals (RuleId below), which the synthetic faults key by.
 */
export type RuleIdText = Lowercase<string>;

interface RuleBase {
  /** Stable id; the synthetic tracks and the UI use the same ids. */
  id: RuleIdText;
  /** Spoken-style cue in plain words. */
  cue: string;
  severity: Severity;
  /** Landmarks to colour when the rule is broken. */
  landmarks: BodyRef[];
}

/**
 * Checked on every frame of the phase named in `when`: `top` is the part of `up` near the rep's
 * peak (the held position), which leaves out the limbs passing through on the way up and down.
 */
export interface FrameRule extends RuleBase {
  when: 'top' | 'up' | 'down' | 'any';
  /** True when the form is right. */
  ok(f: PoseFeatures): boolean;
  /** Seconds the rule must stay broken before it is reported (default 0.25). */
  minSeconds?: number;
  /** Seconds before the same cue may be given again (default 4). */
  cooldown?: number;
}

/** What a rep-end rule sees: the finished rep and, for holds, its time against the target. */
export interface RepContext {
  rep: RepSummary;
  holdSeconds: number | null;
  holdTarget: number | null;
  /** False when the rep was cut off (end of the source, long drop-out) rather than finished. */
  finished: boolean;
}

/** Checked once when a rep ends (range reached, lowering speed, hold time). */
export interface RepRule extends RuleBase {
  when: 'rep-end';
  ok(rep: RepContext): boolean;
}

export type FormRule = FrameRule | RepRule;

export interface CycleSpec {
  /** The periodic signal, person-relative (torso lengths or degrees); one peak is one cycle. */
  value(f: PoseFeatures): number;
  /** A second signal that makes (across, value) go round: its sign of rotation is the direction. */
  across?(f: PoseFeatures): number;
  /** Smallest swing, trough to peak, that is a rep, in the units of `value`. */
  minAmplitude: number;
  /** 'every-turn' counts the troughs too: left and right steps. */
  countAt: 'peak' | 'every-turn';
  /** Starts from the middle of its range (swaying to either side): the first swing is a half. */
  centred?: boolean;
  /** A swing up quicker than this, seconds, is jitter rather than a rep (default 0: any). */
  minSwingSeconds?: number;
  /** A swing slower than this, seconds, is a drift rather than a rep (default 6). */
  maxSwingSeconds?: number;
  /** What the two directions are called (counter-clockwise in (across, value) first). */
  directions?: readonly [string, string];
}

export interface FloorSupports {
  from: readonly BodyRef[];
  to: readonly BodyRef[];
  /**
   * Some supports leave the floor in a rep (on all fours the raised hand and knee): before a floor
   * is learnt their line stands in only as last read near rest, held through the lift.
   */
  liftInRep?: boolean;
}

export interface ExerciseTarget {
  reps: number;
  sets: number;
}

/**
 * The seed's "raise the load gradually" for a hold: after a workout in which every hold was made,
 * the next one holds `step` seconds longer, within min..max. The user may also set it in Settings.
 */
export interface HoldProgression {
  step: number;
  min: number;
  max: number;
}

/** The seed routine's three parts, in the order a workout does them. */
export const ROUTINE_GROUPS = ['warm-up', 'main', 'straightening'] as const;
export type RoutineGroup = (typeof ROUTINE_GROUPS)[number];

/** Where the seed's routine does an exercise: its group, and its place in that group (1 first). */
export interface RoutinePlace {
  group: RoutineGroup;
  order: number;
}

export interface ExerciseSpec {
  /** The spec's file name in src/exercises, and the id of shared/design/exercise-ids.md. */
  id: string;
  name: string;
  /** Its place in the routine: today's workout and the picker follow it. */
  routine: RoutinePlace;
  /** The seed's instruction as the screens show it. */
  instructions: string;
  view: CameraView;
  kind: ExerciseKind;
  /** Landmarks that must be visible for a frame to count. */
  landmarks: BodyRef[];
  /**
   * The support points of the start pose (on the floor while resting): the line from the centroid
   * of `from` to that of `to` is taken as the floor, and every feature is read against it.
   * Without it the image's horizontal stands in (fine for joint angles only).
   */
  floor?: FloorSupports;
  /** Is the person in the exercise's position at all (lying, on all fours)? Other frames pause. */
  posture(f: PoseFeatures): boolean;
  /** For alternating exercises: the side working in this frame (e.g. the raised leg). Default: the near side. */
  workingSide?(f: PoseFeatures): Side;
  /** Progress from the start pose (0) to the top (1). */
  signal(f: PoseFeatures): number;
  /**
   * Movements that go round or step in place: reps are the cycles of `value` (cycle-counter.ts)
   * instead of the phase machine's lifts; `signal` is still what the live view and review plot.
   */
  cycles?: CycleSpec;
  phases: PhaseMachineConfig;
  /** The top is where the signal stays within this much of the rep's peak (default 0.06). */
  plateauDrop?: number;
  hold?: {
    /** Seconds each lift is held, unless the user's progression says otherwise. */
    targetSeconds: number;
    maxSeconds: number;
    /** Longest tracking drop-out, in seconds, that does not end the hold. */
    graceSeconds: number;
    progression?: HoldProgression;
  };
  rules: readonly FormRule[];
  /**
   * What the seed asks that a camera cannot see ("pull in your stomach", "breathe", "slowly and
   * smoothly"): the coach says each once a set, and never claims to have checked it.
   */
  reminders?: readonly string[];
  /** Paced breathing: the coach breathes with the person ("in ... out") by breath-pacer.ts. */
  paced?: boolean;
  /** The main physical measurement, plotted in review. */
  metric: { label: string; unit: string; measure(f: PoseFeatures): number };
  defaultTarget: ExerciseTarget;
}

/** The rule ids of one spec, as literals: `RuleId<typeof birdDog>` is `'leg-bent' | 'arm-low' | ...`. */
export type RuleId<S extends Pick<ExerciseSpec, 'rules'>> = S['rules'][number]['id'];
