/**
 * Synthetic pose tracks: a keyframed 33-point stick figure doing an exercise, seen by a side-view
 * camera and written as a pose track (shared/design/pose-track.md).
 *
 * These tracks test LOGIC: that the engine counts, times and flags what the motion plainly
 * contains, at any frame rate, side, facing, scale, mirroring, noise and drop-out. They are never
 * evidence of accuracy on people: real bodies, clothes, lighting and the real detector's errors
 * are not in them. Only real tracks (shared/fixtures/real) can say how well the app works.
 *
 * Pipeline: spec (exercises/*.ts, plain data) -> motion plan (motion.ts: keyframes over time, plus
 * the truth) -> pose at each frame time -> landmarks in metres (body.ts) -> camera (camera.ts:
 * keypoints, world, scores) -> noise, drop-outs, mirroring -> rounded PoseFrames.
 */
import { makeTrack, roundFrame, type PoseFrame, type PoseTrack } from '../track/track';
import { KP } from '../track/keypoint-names';
import { bodyLandmarks, BODY } from './body';
import { FRAME, metresPerImageUnit, mirrorProjection, project, scoreLandmarks, turnForView, type Projection, type View } from './camera';
import { SYNTH_SPECS } from './exercises';
import { frameTimes } from './frames';
import { planMotion, poseAtTime, type MotionPlan } from './motion';
import { seededRandom, type Random } from './random';
import type { MotionSpec, Side, SynthOptions, SynthTruth } from './types';

export type { SynthOptions, SynthTruth, MotionSpec, Side } from './types';

export const SYNTH_EXERCISES: string[] = Object.keys(SYNTH_SPECS);

export function synthSpec(exercise: string): MotionSpec {
  const spec = SYNTH_SPECS[exercise];
  if (!spec) throw new Error(`No synthetic motion for "${exercise}"; known: ${SYNTH_EXERCISES.join(', ')}`);
  return spec;
}

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/**
 * The side a real camera sees for a given head direction: lying face down with the head to the
 * image right, the right side is nearer the camera; face up, the left. Either option alone picks
 * the other consistently; giving both may describe the mirror image of a real body, which detectors
 * sometimes report, and is allowed on purpose.
 */
function resolveView(spec: MotionSpec, options: SynthOptions): Pick<View, 'facing' | 'nearSide'> {
  const sameWhenFacingFloor = (s: Side): Side => (spec.front === 'floor' ? s : other(s));
  if (options.facing && options.side) return { facing: options.facing, nearSide: options.side };
  if (options.side) return { nearSide: options.side, facing: sameWhenFacingFloor(options.side) };
  const facing = options.facing ?? 'right';
  return { facing, nearSide: sameWhenFacingFloor(facing) };
}

/** The middle of the clean resting body, where the camera aims (the same for every fault, so they compare). */
function restCentre(spec: MotionSpec, view: Pick<View, 'camera'>): [number, number] {
  const points = turnForView(bodyLandmarks(spec.rest, spec), view);
  const us = points.map((p) => p[0]);
  const vs = points.map((p) => p[1]);
  return [(Math.min(...us) + Math.max(...us)) / 2, (Math.min(...vs) + Math.max(...vs)) / 2];
}

function checkOptions(options: SynthOptions): void {
  const fps = options.fps ?? 30;
  if (!(fps >= 5 && fps <= 60)) throw new Error(`fps must be 5..60, is ${fps}`);
  if (options.reps !== undefined && !(Number.isInteger(options.reps) && options.reps >= 0)) throw new Error(`reps must be a whole number >= 0`);
  if (options.scale !== undefined && !(options.scale > 0)) throw new Error(`scale must be > 0`);
}

interface FrameContext {
  plan: MotionPlan;
  spec: MotionSpec;
  view: View;
  options: SynthOptions;
  random: Random;
}

const NO_PERSON = (t: number): PoseFrame => ({ t, keypoints: null, world: null });

/** The detector would find nobody once the hips are well outside the image. */
const personOutOfFrame = (p: Projection): boolean => {
  const x = (p.keypoints[KP.left_hip][0] + p.keypoints[KP.right_hip][0]) / 2;
  return x < -0.05 || x > 1.05;
};

function addNoise(p: Projection, sigma: number, view: View, random: Random): void {
  const [mx, my] = metresPerImageUnit(view);
  p.keypoints.forEach((k, i) => {
    const dx = random.gaussian(sigma);
    const dy = random.gaussian(sigma);
    k[0] += dx;
    k[1] += dy;
    // The same error, in metres, on the world point keeps image and world consistent.
    p.world[i][0] += dx * mx;
    p.world[i][1] += dy * my;
  });
}

/** The frame the detector would report at time t, before rounding. */
function rawFrameAt(t: number, ctx: FrameContext): PoseFrame {
  const { plan, spec, view, options, random } = ctx;
  const inDropout = (options.dropouts ?? []).some((d) => t >= d.start && t < d.start + d.duration);
  // Draw the jitter even for dropped frames, so a drop-out does not change the frames after it.
  const pose = poseAtTime(plan, t);
  let projection = project(turnForView(bodyLandmarks(pose, spec), view), view);
  scoreLandmarks(projection.keypoints, view.camera === 'front' ? 'both' : view.nearSide, random);
  if (options.noise) addNoise(projection, options.noise, view, random);
  if (inDropout || personOutOfFrame(projection)) return NO_PERSON(t);
  if (options.mirrored) projection = mirrorProjection(projection);
  return { t, keypoints: projection.keypoints, world: projection.world };
}

/** The frame at time t as the track stores it: rounded to 4 decimals (pose-track rule). */
const frameAt = (t: number, ctx: FrameContext): PoseFrame => withoutNegativeZero(roundFrame(rawFrameAt(t, ctx)));

/** Rounding tiny negatives gives -0, which JSON writes as 0: drop it so a track equals its own reread. */
function withoutNegativeZero(frame: PoseFrame): PoseFrame {
  const fix = <T extends number[]>(p: T): T => p.map((v) => v + 0) as T;
  return { t: frame.t, keypoints: frame.keypoints?.map(fix) ?? null, world: frame.world?.map(fix) ?? null };
}

/** Everything a frame needs, from the options: spec, camera, motion plan and the seeded jitter. */
function prepare(options: SynthOptions): FrameContext {
  checkOptions(options);
  const spec = synthSpec(options.exercise);
  const faults = options.faults ?? [];
  const camera = spec.camera?.view ?? 'side';
  // Seen from the front the body is not turned by facing or side: its left is on the image right.
  const { facing, nearSide } = camera === 'front' ? ({ facing: 'right', nearSide: 'right' } as const) : resolveView(spec, options);
  const view: View = {
    camera,
    facing,
    nearSide,
    scale: options.scale ?? spec.camera?.scale ?? 1,
    offset: options.offset ?? { x: 0, y: 0 },
    aim: restCentre(spec, { camera }),
  };
  const plan = planMotion(spec, {
    reps: options.reps ?? 5,
    holdSeconds: options.holdSeconds,
    restSeconds: options.restSeconds,
    faults,
    // Rep 1 raises the leg nearer the camera (alternating exercises); seen from the front, the spec's own side.
    firstSide: camera === 'front' ? 'left' : nearSide,
    reverse: options.reverse,
    reverseFrom: options.reverseFrom,
    walkOut: options.walkOut ?? false,
    // Half the visible floor width (plus any offset) and a body length takes the person well out of view.
    walkDistance: metresPerImageUnit(view)[0] * (0.5 + Math.abs(view.offset.x)) + BODY.stature,
  });
  return { plan, spec, view, options, random: seededRandom(options.seed ?? 1) };
}

export function synthesizeTrack(options: SynthOptions): { track: PoseTrack; truth: SynthTruth } {
  const ctx = prepare(options);
  const fps = options.fps ?? 30;
  const times = frameTimes(ctx.plan.duration, fps, options.unevenSpacing ?? false, ctx.random);
  const faults = options.faults ?? [];
  const name = `synth-${ctx.spec.id}${faults.length ? `-${faults.join('-')}` : ''}`;
  const track = makeTrack(
    { name, width: FRAME.width, height: FRAME.height, fps },
    { name: 'blazepose', variant: 'synthetic', runtime: 'synth' },
    times.map((t) => frameAt(t, ctx)),
  );
  return { track, truth: options.mirrored ? mirrorTruth(ctx.plan.truth) : ctx.plan.truth };
}

/** A mirrored video shows the raised leg under the other side's label. */
function mirrorTruth(truth: SynthTruth): SynthTruth {
  return { ...truth, repIntervals: truth.repIntervals.map((r) => (r.side ? { ...r, side: other(r.side) } : r)) };
}

/**
 * A short clean loop for the exercise picker's animated figure: one rep (two for alternating
 * exercises, one each side), short holds, starting and ending at rest so it loops seamlessly.
 */
export function demoTrack(exercise: string): PoseTrack {
  const spec = synthSpec(exercise);
  return synthesizeTrack({
    exercise,
    reps: spec.alternates ? 2 : 1,
    holdSeconds: spec.holdSeconds !== undefined ? Math.min(spec.holdSeconds, 1.5) : undefined,
    restSeconds: 0.6,
    fps: 30,
    seed: 1,
  }).track;
}

/**
 * One frame of the first rep at a phase from 0 (rest, before rising) to 1 (back at rest), for
 * drawing a still figure or probing geometry. Options are those of synthesizeTrack (reps ignored).
 */
export function poseAt(exercise: string, phase: number, options: Omit<SynthOptions, 'exercise'> = {}): PoseFrame {
  const ctx = prepare({ ...options, exercise, reps: 1, dropouts: [] });
  const rep = ctx.plan.truth.repIntervals[0];
  return frameAt(rep.start + Math.min(1, Math.max(0, phase)) * (rep.end - rep.start), ctx);
}
