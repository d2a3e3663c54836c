/** Standing positions and the few side-view measures the standing and warm-up exercises share. */
import { ramp, type PoseFeatures } from '../../engine/pose-features';
import type { BodyRef } from '../../engine/body-parts';
import type { ExerciseSpec, FrameRule, RepRule } from '../../engine/exercise-spec';

/**
 * On the feet: the hips well above the ankles (about 1.7 torso lengths standing straight, still
 * over 1 bent forward or on high knees); lying or kneeling the two are level.
 */
export function standingUp(f: PoseFeatures): boolean {
  return f.heightAbove('hip', 'ankle') > 1 || f.heightAbove('hip', 'opposite_ankle') > 1;
}

/**
 * How far `a` is ahead of `b` in the direction the person faces, torso lengths: the nose is ahead
 * of the ears whichever way a side view shows the body, so no spec needs to know the facing.
 */
export function aheadOf(f: PoseFeatures, a: BodyRef, b: BodyRef): number {
  const ears = (f.xs[f.index('ear')] + f.xs[f.index('opposite_ear')]) / 2;
  const facing = f.xs[f.index('nose')] >= ears ? 1 : -1;
  return (facing * (f.xs[f.index(a)] - f.xs[f.index(b)])) / f.torso;
}

/** The trunk's direction, hips to shoulders, degrees above the horizontal: 90 upright, below 0 bent over. */
export const trunkAngle = (f: PoseFeatures) => f.elevation('hip', 'shoulder');

/** The lower fingertip above the floor (the heels), torso lengths. */
export const fingertipHeight = (f: PoseFeatures) => Math.min(f.heightAbove('index', 'heel'), f.heightAbove('opposite_index', 'opposite_heel'));

/**
 * "Until your fingertips touch the floor", judged on the rep's lowest fingertip (the spec's metric
 * must be fingertipHeight): within a fifth of a torso (~10 cm), allowing for where a detector puts a
 * fingertip. At the end of the rep, because a slow bend passes through "near the floor" on its way.
 */
export function fingersToFloorRule<I extends Lowercase<string>>(id: I, cue: string): RepRule & { id: I } {
  return { id, when: 'rep-end', ok: ({ rep }) => rep.minMetric < 0.2, cue, severity: 'info', landmarks: ['wrist', 'index', 'heel'] };
}

/** Degrees the trunk leans forward from upright (negative leaning back), from the side. */
export const trunkLean = (f: PoseFeatures) => (Math.atan2(aheadOf(f, 'shoulder', 'hip'), f.heightAbove('shoulder', 'hip')) * 180) / Math.PI;

/** Sitting on the floor: hips down by the feet, trunk up (leaning forward is still sitting). */
export function seatedOnFloor(f: PoseFeatures): boolean {
  return f.heightAbove('hip', 'ankle') < 0.5 && trunkAngle(f) > 15;
}


/**
 * Seen from the front: how far the hands are to the person's left of the hips, torso lengths. A
 * trunk turning with the arms swinging carries them to one side and then the other.
 */
export const handsToTheLeft = (f: PoseFeatures) =>
  (f.xs[f.index('wrist')] + f.xs[f.index('opposite_wrist')] - f.xs[f.index('hip')] - f.xs[f.index('opposite_hip')]) / 2 / f.torso;

/** Wrist above the shoulder, torso lengths: about +1.1 overhead, -1.1 hanging, for a straight arm. */
export const wristHeight = (f: PoseFeatures) => f.heightAbove('wrist', 'shoulder');

/**
 * Swings and circles of straight arms: an elbow bent for a while is a fault. Read in 3D where the
 * detector gives world points, because an arm circling across an oblique or front view bends
 * towards the camera, which the picture foreshortens to nearly straight. Past 60° there: the world
 * points scatter a straight arm down to about 125°. Past 50° in the picture, which is steadier.
 */
export const STRAIGHT_ARMS_RULE: FrameRule & { id: 'bent-arms' } = {
  id: 'bent-arms',
  when: 'any',
  ok: (f) => {
    const bend = f.worldAngle('shoulder', 'elbow', 'wrist');
    return bend === null ? f.angle('shoulder', 'elbow', 'wrist') >= 130 : bend >= 120;
  },
  cue: 'Keep your arms straight',
  severity: 'warn',
  landmarks: ['shoulder', 'elbow', 'wrist'],
  minSeconds: 0.4,
};

/**
 * Straight arms going round or swinging, standing side-on (arm swings, arm circles): everything
 * but the words, how a cycle is counted, the rules and the routine place.
 */
export const STRAIGHT_ARMS_SIDE_ON = {
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'wrist', 'hip', 'ankle'],
  posture: standingUp,
  signal: (f: PoseFeatures) => ramp(wristHeight(f), -1.1, 1.1),
  phases: { enter: 0.6, exit: 0.4, enterSeconds: 0.05, exitSeconds: 0.05 },
  metric: { label: 'Wrist height above shoulder', unit: 'torso', measure: wristHeight },
  defaultTarget: { reps: 5, sets: 2 },
} as const satisfies Partial<ExerciseSpec>;

/**
 * Bending down from standing until the fingertips reach the floor (toe-touch bend, roll-down),
 * seen from the side: everything but the words and the rule.
 */
export const BEND_TO_FLOOR = {
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle', 'heel', 'wrist', 'index'],
  posture: standingUp,
  // Upright 90°; a bend that reaches the floor on straight legs takes the trunk to ~-35°.
  signal: (f: PoseFeatures) => ramp(trunkAngle(f), 75, -25),
  phases: { enter: 0.55, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 },
  metric: { label: 'Fingertips above the floor', unit: 'torso', measure: fingertipHeight },
  defaultTarget: { reps: 5, sets: 2 },
} as const satisfies Partial<ExerciseSpec>;
