/**
 * The motion over time: a list of segments, each easing from one pose to the next. A rep is
 * rise -> top (pause or hold) -> lower -> rest; the plan also says what truly happened (reps, holds),
 * so tests compare the engine against the plan rather than against a re-measurement.
 */
import { applyPatches, easeInOut, lerpPose, swapSides } from './pose';
import { bodyLandmarks, frontSign } from './body';
import { frameIndexAt } from '../track/frame-index';
import type { BodyPose, MotionSpec, FaultSpec, Interval, LimbPose, PosePatch, RepTiming, Side, SynthTruth } from './types';

export interface Segment {
  start: number;
  end: number;
  from: BodyPose;
  to: BodyPose;
}

export interface MotionPlan {
  segments: Segment[];
  duration: number;
  truth: SynthTruth;
}

/** A pose to move to and how long the move takes. */
interface Step {
  to: BodyPose;
  seconds: number;
}

export interface PlanOptions {
  reps: number;
  holdSeconds?: number;
  restSeconds?: number;
  faults: string[];
  /** Alternating exercises: the leg raised on the first rep. */
  firstSide: Side;
  walkOut: boolean;
  /** Metres to walk sideways to leave the frame (depends on camera distance). */
  walkDistance: number;
}

/** Appends steps to a segment list, each starting where the previous one ended. */
function appendSteps(segments: Segment[], from: BodyPose, start: number, steps: Step[]): { pose: BodyPose; time: number } {
  let pose = from;
  let time = start;
  for (const step of steps) {
    segments.push({ start: time, end: time + step.seconds, from: pose, to: step.to });
    pose = step.to;
    time += step.seconds;
  }
  return { pose, time };
}

/** The specs of the named faults; an unknown id is an error naming the known ones. */
export function faultSpecs(spec: MotionSpec, faults: string[]): FaultSpec[] {
  return faults.map((id) => {
    const fault = spec.faults[id];
    if (!fault) throw new Error(`Unknown fault "${id}" for ${spec.id}; known: ${Object.keys(spec.faults).join(', ')}`);
    return fault;
  });
}

/** Rest and top poses, and timing, with the faults applied. */
export function repPoses(spec: MotionSpec, faults: string[]) {
  const applied = faultSpecs(spec, faults);
  const rest = applyPatches(spec.rest, ...applied.map((f) => f.rest));
  const top = applyPatches(rest, spec.top, ...applied.map((f) => f.top));
  const timing: RepTiming = Object.assign({ ...spec.timing }, ...applied.map((f) => f.timing ?? {}));
  const holdFraction = applied.reduce((k, f) => k * (f.holdFraction ?? 1), 1);
  return { rest, top, timing, holdFraction };
}

/** Times in the truth are rounded like track times (4 decimals), so tests compare like with like. */
const interval = (start: number, end: number): Interval => ({ start: round4(start), end: round4(end) });
const round4 = (v: number): number => Math.round(v * 1e4) / 1e4;

export function planMotion(spec: MotionSpec, options: PlanOptions): MotionPlan {
  const { rest, top, timing, holdFraction } = repPoses(spec, options.faults);
  const restSeconds = options.restSeconds ?? timing.rest;
  const targetHold = options.holdSeconds ?? spec.holdSeconds;
  const topSeconds = targetHold !== undefined ? targetHold * holdFraction : timing.top;
  const segments: Segment[] = [];
  const truth: SynthTruth = { reps: options.reps, holds: [], faults: [...options.faults], repIntervals: [] };

  let { pose, time } = appendSteps(segments, rest, 0, [{ to: rest, seconds: restSeconds }]);
  for (let i = 0; i < options.reps; i++) {
    // Specs describe the left leg's rep; the other side is its mirror image.
    const side: Side = i % 2 === 0 ? options.firstSide : options.firstSide === 'left' ? 'right' : 'left';
    const repTop = spec.alternates && side === 'right' ? swapSides(top) : top;
    const repStart = time;
    ({ pose, time } = appendSteps(segments, pose, time, [{ to: repTop, seconds: timing.rise }]));
    const holdStart = time;
    ({ pose, time } = appendSteps(segments, pose, time, [{ to: repTop, seconds: topSeconds }]));
    if (spec.holdSeconds !== undefined) truth.holds.push(interval(holdStart, time));
    ({ pose, time } = appendSteps(segments, pose, time, [{ to: rest, seconds: timing.lower }]));
    truth.repIntervals.push(spec.alternates ? { ...interval(repStart, time), side } : interval(repStart, time));
    ({ pose, time } = appendSteps(segments, pose, time, [{ to: rest, seconds: restSeconds }]));
  }
  if (options.walkOut) {
    const start = time;
    ({ pose, time } = appendSteps(segments, pose, time, walkOutSteps(spec, rest, options.walkDistance)));
    truth.walkOut = interval(start, time);
    ({ pose, time } = appendSteps(segments, pose, time, [{ to: rest, seconds: Math.max(restSeconds, 2) }]));
  }
  return { segments, duration: time, truth };
}

/** The direction equal to `target` modulo 360° nearest to `from`, so a blend turns the short way. */
const nearestTurn = (from: number, target: number): number => target + 360 * Math.round((from - target) / 360);

/** Standing upright where the person lay, feet on the floor. */
function standingPose(spec: MotionSpec, rest: BodyPose): BodyPose {
  const hang = (limb: LimbPose, bend: number): LimbPose => ({ upper: nearestTurn(limb.upper, -90), bend, end: 0 });
  const standing: BodyPose = {
    anchor: [rest.anchor[0], 0],
    torso: nearestTurn(rest.torso, 90),
    neck: 0,
    pelvisRoll: 0,
    armL: hang(rest.armL, 10),
    armR: hang(rest.armR, 10),
    legL: hang(rest.legL, 0),
    legR: hang(rest.legR, 0),
  };
  // Lift the body until its lowest point (the heels) touches the floor.
  const lowest = Math.min(...bodyLandmarks(standing, spec).map((p) => p[1]));
  return { ...standing, anchor: [rest.anchor[0], -lowest] };
}

/**
 * Stand up, walk out of the frame toward where the face points, wait, walk back, lie down again:
 * big movements that must never count as a rep.
 */
function walkOutSteps(spec: MotionSpec, rest: BodyPose, distance: number): Step[] {
  const standing = standingPose(spec, rest);
  // Standing, the front faces +u for a face-down spec and -u for a face-up one.
  const forward = -frontSign(spec);
  const stepsEachWay = 6;
  const stride = (k: number, sign: number): PosePatch => {
    const swing = sign * 20;
    return {
      anchor: [rest.anchor[0] + forward * distance * k, standing.anchor[1]],
      legL: { upper: standing.legL.upper + forward * swing },
      legR: { upper: standing.legR.upper - forward * swing },
      armL: { upper: standing.armL.upper - forward * swing },
      armR: { upper: standing.armR.upper + forward * swing },
    };
  };
  const out: Step[] = [];
  for (let i = 1; i <= stepsEachWay; i++) out.push({ to: applyPatches(standing, stride(i / stepsEachWay, i % 2 ? 1 : -1)), seconds: 0.5 });
  const away = out[out.length - 1].to;
  const back: Step[] = [];
  for (let i = stepsEachWay - 1; i >= 0; i--) back.push({ to: applyPatches(standing, stride(i / stepsEachWay, i % 2 ? 1 : -1)), seconds: 0.5 });
  return [{ to: standing, seconds: 2 }, ...out, { to: away, seconds: 2 }, ...back, { to: standing, seconds: 0.5 }, { to: rest, seconds: 2 }];
}

/** The pose at time t: eased between the keyframes of the segment containing t. */
export function poseAtTime(plan: MotionPlan, t: number): BodyPose {
  const seg = plan.segments[frameIndexAt(plan.segments, t, (s) => s.start)];
  const span = seg.end - seg.start;
  return lerpPose(seg.from, seg.to, span > 0 ? easeInOut((t - seg.start) / span) : 1);
}

