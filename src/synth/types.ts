/**
 * Data types of the synthetic skeleton: a body pose as a handful of sagittal-plane angles, and an
 * exercise's motion as a declarative spec of poses (rest, top, fault patches) plus timing.
 *
 * Angle conventions (degrees), chosen so specs read like a description of the picture:
 * - Absolute directions (torso, upper arm, thigh) are measured in the sagittal plane from the
 *   direction the head points along the floor: 0 = toward the head end, 90 = up, 180 = toward the
 *   feet end, -90 (or 270) = down.
 * - Bends (neck, elbow, knee, wrist, ankle) are anatomical and relative to the parent segment, so a
 *   value keeps its meaning whether the person lies face down or face up.
 * - Out of that plane (standing warm-ups seen from the front), optional fields that default to 0 and
 *   leave a side-view pose exactly as it was: limb abduction, trunk side bend and twist, head tilt,
 *   shoulder lift, a sideways shift of the hips. "+" always turns toward the body's left.
 */
import type { Side } from '../engine/events';

export type { Side };

/** One arm or leg: the proximal segment's direction and the two distal bends. */
export interface LimbPose {
  /** Direction of the upper arm (shoulder -> elbow) or thigh (hip -> knee), absolute. */
  upper: number;
  /** Elbow or knee flexion: 0 = straight. */
  bend: number;
  /** Arm: wrist flexion (0 = hand in line). Leg: ankle plantarflexion (0 = foot square to the shin). */
  end: number;
  /** Out to the side, degrees: the whole limb swings about the front-back axis through its root (90 = a hanging arm held out sideways). */
  abduct?: number;
}

export interface BodyPose {
  /** Where the spec's anchor (midpoint of the left and right hips, shoulders or wrists) sits: [along the floor, height], metres. */
  anchor: [number, number];
  /** Direction hip centre -> shoulder centre, absolute. */
  torso: number;
  /** Neck extension (+, head tips back) or flexion (-), relative to the torso line. */
  neck: number;
  /** Pelvis roll about the spine, + lifts the left hip toward the back (side view: hips separate). */
  pelvisRoll: number;
  armL: LimbPose;
  armR: LimbPose;
  legL: LimbPose;
  legR: LimbPose;
  /** Trunk side bend about the hips, + toward the left (head, shoulders and arms go with it). */
  sideBend?: number;
  /** Trunk rotation about the spine, + turns the chest toward the left. */
  twist?: number;
  /** Head tilted sideways, + left ear toward the left shoulder. */
  headTilt?: number;
  /** Both shoulders raised (+) or lowered, metres along the torso: shrugs. */
  shoulderLift?: number;
  /** Both shoulders moved forward (+) or back, metres: with the lift, shoulder circles. */
  shoulderForward?: number;
  /** Hips shifted toward the left (+), metres, with the feet kept in place: hip circles. */
  hipShift?: number;
}

/** A change to some fields of a pose; limbs may be patched field by field. */
export type PosePatch = {
  [K in keyof BodyPose]?: BodyPose[K] extends LimbPose ? Partial<LimbPose> : BodyPose[K];
};

/** Seconds spent in each part of one repetition. */
export interface RepTiming {
  rise: number;
  /** Pause at the top; for hold exercises the hold time replaces it. */
  top: number;
  lower: number;
  /** Lying still between reps (also before the first and after the last). */
  rest: number;
  /** Between reps only, when it differs from `rest` (0 for circles and steps that run on). */
  between?: number;
}

/** A form fault as a change to the clean motion. */
export interface FaultSpec {
  /** What the fault looks like, in plain words (for docs and the CLI). */
  description: string;
  /** Patch applied to the rest pose (e.g. feet placed further away). */
  rest?: PosePatch;
  /** Patch applied to the top pose, after the exercise's own top. */
  top?: PosePatch;
  timing?: Partial<RepTiming>;
  /** Fraction of the target hold actually held (hold-short). */
  holdFraction?: number;
  /** How far each move goes from rest, as a fraction of the clean one ("as far as possible" faults). */
  range?: number;
  /** Patches for single stops of a path rep: index 0 is the top, 1 the first waypoint, and so on. */
  stops?: Record<number, PosePatch>;
  /** Every move takes this fraction of its time (0.3: rushed instead of slow and smooth). */
  pace?: number;
}

/** One keyframe of a rep that passes through several poses (a circle, a bend and a turn). */
export interface Waypoint {
  to: PosePatch;
  /** Seconds to get there from the previous pose. */
  seconds: number;
}

/**
 * An exercise's motion: the poses and timing a synthetic person goes through. `F` is the exercise
 * spec's rule ids (`RuleId<typeof gluteBridge>`), so a fault keyed by an id no rule has does not compile.
 */
export interface MotionSpec<F extends string = string> {
  id: string;
  /** Which way the body's front faces when the torso is level: 'floor' (prone, all fours) or 'ceiling' (supine). */
  front: 'floor' | 'ceiling';
  /** The joint pair whose midpoint stays put while the rest moves around it (the hands, for a pike). */
  anchor: 'hip' | 'shoulder' | 'wrist';
  rest: BodyPose;
  /** Change from rest at the top of a rep. Alternating exercises describe the left leg's rep. */
  top: PosePatch;
  timing: RepTiming;
  /** Present for hold exercises: default seconds held at the top of each rep. */
  holdSeconds?: number;
  /** Reps alternate sides (bird-dog): every other rep is the left/right mirror of `top`. */
  alternates?: boolean;
  /** With `alternates`: reps done on one side before changing ("5 times, then change hands"); default 1. */
  repsPerSide?: number;
  /**
   * A rep that passes through several poses: rest -> each waypoint (after `top`, which is the first
   * one's pose) -> rest. Moves between waypoints keep their speed, as a circle does.
   */
  path?: Waypoint[];
  /** How the camera sees the exercise (default: from the side, at scale 1). */
  camera?: { view: CameraView; scale: number };
  faults: Partial<Record<F, FaultSpec>>;
}

/** 'side': the camera looks across the body (floor work); 'front': the person faces it (standing warm-ups). */
export type CameraView = 'side' | 'front';

export interface SynthOptions {
  /** An id from SYNTH_EXERCISES. */
  exercise: string;
  /** Repetitions (default 5); alternating exercises count one side as one rep. */
  reps?: number;
  /** Hold exercises: seconds at the top of each rep (default: the spec's, e.g. superman 15). */
  holdSeconds?: number;
  /** Lying still before the first rep, between reps and after the last (default: the spec's). */
  restSeconds?: number;
  /** Detector rate, 5..60 (default 30). */
  fps?: number;
  /** Gaps drawn between 0.5x and 2x of 1/fps, like a slow detector dropping frames. */
  unevenSpacing?: boolean;
  /** The body side nearer the camera, before any mirroring (default: what facing implies). */
  side?: Side;
  /** Which way the head points in the image, before any mirroring (default right, or what side implies). */
  facing?: Side;
  /** Selfie-mirrored video: x -> 1 - x and left/right labels swap, as a detector would report it. */
  mirrored?: boolean;
  /** 1 = a 1.75 m body spans ~60% of the frame width; 0.5 = twice as far away. */
  scale?: number;
  /** Shift of the whole picture, in normalised image units. */
  offset?: { x: number; y: number };
  /** Fault ids from the exercise's spec, applied to every rep. */
  faults?: string[];
  /** Run each rep's path backwards (circles backward instead of forward); reps from `reverseFrom` on only, if given. */
  reverse?: boolean;
  reverseFrom?: number;
  /** Gaussian sigma on keypoint x and y, normalised units (world gets the same error in metres). */
  noise?: number;
  /** Intervals (seconds) in which the detector finds nobody: keypoints and world null. */
  dropouts?: { start: number; duration: number }[];
  /** After the reps: stand up, walk out of frame, come back and lie down again (no rep). */
  walkOut?: boolean;
  /** Seed of the jitter (scores, noise, uneven gaps); same options and seed -> identical track. */
  seed?: number;
}

export interface Interval {
  start: number;
  end: number;
}

/** What the synthetic clip contains, for tests to compare the engine against. */
export interface SynthTruth {
  reps: number;
  /** Hold exercises only: the time at the top of each rep (empty for dynamic exercises). */
  holds: Interval[];
  /** Fault ids applied to every rep. */
  faults: string[];
  /** Each rep from leaving rest to being back at rest; alternating exercises name the raised leg. */
  repIntervals: (Interval & { side?: Side })[];
  /** With walkOut: from starting to stand up until lying back down. */
  walkOut?: Interval;
}
