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
  /** Keep the speed through this segment (between a path's waypoints) rather than ease in and out. */
  linear?: boolean;
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
  linear?: boolean;
}

export interface PlanOptions {
  reps: number;
  holdSeconds?: number;
  restSeconds?: number;
  faults: string[];
  /** Alternating exercises: the leg raised on the first rep. */
  firstSide: Side;
  /** Path reps run backwards (from rep `reverseFrom` on, 0-based). */
  reverse?: boolean;
  reverseFrom?: number;
  walkOut: boolean;
  /** Metres to walk sideways to leave the frame (depends on camera distance). */
  walkDistance: number;
}

/** Appends steps to a segment list, each starting where the previous one ended. */
function appendSteps(segments: Segment[], from: BodyPose, start: number, steps: Step[]): { pose: BodyPose; time: number } {
  let pose = from;
  let time = start;
  for (const step of steps) {
    segments.push({ start: time, end: time + step.seconds, from: pose, to: step.to, ...(step.linear ? { linear: true } : {}) });
    pose = step.to;
    time += step.seconds;
  }
  return { pose, time };
}

/** The specs of the named faults; an unknown id is an error naming the known ones. */
function faultSpecs(spec: MotionSpec, faults: string[]): FaultSpec[] {
  return faults.map((id) => {
    const fault = spec.faults[id];
    if (!fault) throw new Error(`Unknown fault "${id}" for ${spec.id}; known: ${Object.keys(spec.faults).join(', ')}`);
    return fault;
  });
}

/** Rest and top poses (and a path's waypoints), and timing, with the faults applied. */
function repPoses(spec: MotionSpec, faults: string[]) {
  const applied = faultSpecs(spec, faults);
  const rest = applyPatches(spec.rest, ...applied.map((f) => f.rest));
  const range = applied.reduce((k, f) => k * (f.range ?? 1), 1);
  const pace = applied.reduce((k, f) => k * (f.pace ?? 1), 1);
  const stop = (patch: PosePatch, index: number): BodyPose => {
    const pose = applyPatches(rest, patch, ...applied.flatMap((f) => [f.top, f.stops?.[index]]));
    return range === 1 ? pose : lerpPose(rest, pose, range);
  };
  const top = stop(spec.top, 0);
  const waypoints = (spec.path ?? []).map((w, i) => ({ to: stop(w.to, i + 1), seconds: w.seconds * pace }));
  const timing: RepTiming = Object.assign({ ...spec.timing }, ...applied.map((f) => f.timing ?? {}));
  if (pace !== 1) Object.assign(timing, { rise: timing.rise * pace, top: timing.top * pace, lower: timing.lower * pace });
  const holdFraction = applied.reduce((k, f) => k * (f.holdFraction ?? 1), 1);
  return { rest, top, waypoints, timing, holdFraction };
}

/**
 * A path rep's moves after the top: through each waypoint at a steady speed. Backwards, the same
 * poses come in reverse order with the same time between each pair.
 */
function pathSteps(top: BodyPose, waypoints: Step[], reverse: boolean): { first: BodyPose; steps: Step[] } {
  if (!reverse) return { first: top, steps: waypoints.map((w) => ({ ...w, linear: true })) };
  const poses = [top, ...waypoints.map((w) => w.to)].reverse();
  const seconds = waypoints.map((w) => w.seconds).reverse();
  return { first: poses[0], steps: poses.slice(1).map((to, i) => ({ to, seconds: seconds[i], linear: true })) };
}

/** The direction equal to `target` modulo 360° nearest to `from`, so a blend turns the short way. */
const nearestTurn = (from: number, target: number): number => target + 360 * Math.round((from - target) / 360);

/** `to` with its directions turned the short way from `from`: a circle goes on round instead of back. */
function turnedFrom(from: BodyPose, to: BodyPose): BodyPose {
  const limb = (a: LimbPose, b: LimbPose): LimbPose => ({ ...b, upper: nearestTurn(a.upper, b.upper) });
  return {
    ...to,
    torso: nearestTurn(from.torso, to.torso),
    armL: limb(from.armL, to.armL),
    armR: limb(from.armR, to.armR),
    legL: limb(from.legL, to.legL),
    legR: limb(from.legR, to.legR),
  };
}

/** Each step's pose turned the short way from the one before (path reps only). */
function turnSteps(from: BodyPose, steps: Step[]): Step[] {
  let pose = from;
  return steps.map((step) => {
    pose = turnedFrom(pose, step.to);
    return { ...step, to: pose };
  });
}

/** Times in the truth are rounded like track times (4 decimals), so tests compare like with like. */
const interval = (start: number, end: number): Interval => ({ start: round4(start), end: round4(end) });
const round4 = (v: number): number => Math.round(v * 1e4) / 1e4;

export function planMotion(spec: MotionSpec, options: PlanOptions): MotionPlan {
  const { rest, top, waypoints, timing, holdFraction } = repPoses(spec, options.faults);
  const restSeconds = options.restSeconds ?? timing.rest;
  const targetHold = options.holdSeconds ?? spec.holdSeconds;
  const topSeconds = targetHold !== undefined ? targetHold * holdFraction : timing.top;
  const segments: Segment[] = [];
  const truth: SynthTruth = { reps: options.reps, holds: [], faults: [...options.faults], repIntervals: [] };

  const sideOf = (i: number): Side => {
    const sideIndex = Math.floor(i / (spec.repsPerSide ?? 1));
    return sideIndex % 2 === 0 ? options.firstSide : options.firstSide === 'left' ? 'right' : 'left';
  };
  // Specs describe the left leg's rep; the other side is its mirror image. Changing hands after a
  // few reps ("5 times, then change hands") changes the start pose too.
  const mirrorFor = (side: Side) => (p: BodyPose): BodyPose => (spec.alternates && side === 'right' ? swapSides(p) : p);
  const restFor = (side: Side): BodyPose => ((spec.repsPerSide ?? 1) > 1 ? mirrorFor(side)(rest) : rest);
  const firstRest = restFor(options.firstSide);
  let { pose, time } = appendSteps(segments, firstRest, 0, [{ to: firstRest, seconds: restSeconds }]);
  for (let i = 0; i < options.reps; i++) {
    const side = sideOf(i);
    const mirror = mirrorFor(side);
    const repRest = restFor(side);
    const reverse = options.reverse === true && i >= (options.reverseFrom ?? 0);
    const path = pathSteps(top, waypoints, reverse);
    const repTop = mirror(path.first);
    const repStart = time;
    const turn = (steps: Step[]): Step[] => (spec.path ? turnSteps(pose, steps) : steps);
    ({ pose, time } = appendSteps(segments, pose, time, turn([{ to: repTop, seconds: timing.rise }])));
    const holdStart = time;
    ({ pose, time } = appendSteps(segments, pose, time, [{ to: pose, seconds: topSeconds }]));
    if (spec.holdSeconds !== undefined) truth.holds.push(interval(holdStart, time));
    ({ pose, time } = appendSteps(segments, pose, time, turn(path.steps.map((s) => ({ ...s, to: mirror(s.to) })))));
    ({ pose, time } = appendSteps(segments, pose, time, turn([{ to: repRest, seconds: timing.lower }])));
    truth.repIntervals.push(spec.alternates ? { ...interval(repStart, time), side } : interval(repStart, time));
    const pause = i < options.reps - 1 ? (options.restSeconds ?? timing.between ?? restSeconds) : restSeconds;
    ({ pose, time } = appendSteps(segments, pose, time, [{ to: pose, seconds: pause }]));
  }
  if (options.walkOut) {
    const start = time;
    const steps = walkOutSteps(spec, rest, options.walkDistance);
    // After circles the arms stand turned by whole turns: they stand up from there, not unwind.
    ({ pose, time } = appendSteps(segments, pose, time, spec.path ? turnSteps(pose, steps) : steps));
    truth.walkOut = interval(start, time);
    ({ pose, time } = appendSteps(segments, pose, time, [{ to: pose, seconds: Math.max(restSeconds, 2) }]));
  }
  return { segments, duration: time, truth };
}


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
  const k = span > 0 ? (t - seg.start) / span : 1;
  return lerpPose(seg.from, seg.to, seg.linear ? k : easeInOut(k));
}

