/**
 * Injects a fault (fault-injectors.ts) into a real track around given rep tops: over each top the
 * injector's segments turn by their full angle, with smooth ramps in before and out after. The
 * turns act on the world points (rigid rotations about a joint, so bones keep their length) and
 * the picture follows by the weak-perspective model (weak-perspective.ts), so image and world agree.
 * Frames without world points cannot be turned consistently and stay as they were.
 * A `rest` turn means "this part stays where it was at rest", in the picture as in the world: the
 * detector's image and world points disagree by a few degrees, so following the world's turn can
 * leave the part visibly lifted in the picture, and the picture is then settled to its own rest.
 */
import { KP, type KeypointName } from '../track/keypoint-names';
import type { Keypoint, PoseFrame, PoseTrack, WorldPoint } from '../track/track';
import type { Side } from '../engine/events';
import { otherSide } from '../engine/body-parts';
import type { FaultInjector, PartRef, SegmentTurn } from './fault-injectors';
import { mapPoses } from './map-poses';
import { radians } from './rotate-world';
import { add, centroid, cross, dot, rotateAbout, scale, sub, unit, type Vec3 } from '../engine/vec3';
import { depthPerMetre, followWorld, pixelsPerMetre } from './weak-perspective';

/**
 * One rep, seconds: the fault ramps in smoothly from the rest before the rep (`from`, also the pose
 * `rest` turns go back to), is fully there over the top (`start` to `end`), and ramps out by the
 * rest after it (`to`), the way a person doing the rep wrong moves through it.
 */
export interface FaultWindow {
  from: number;
  start: number;
  end: number;
  to: number;
}
const FACE = Array.from({ length: KP.mouth_right + 1 }, (_, i) => i);
const DOWN: Vec3 = [0, 1, 0];

export function resolvePart(ref: PartRef, side: Side): number[] {
  if (ref === 'head') return FACE;
  const opposite = ref.startsWith('opposite_');
  const part = opposite ? ref.slice('opposite_'.length) : ref;
  return [KP[`${opposite ? otherSide(side) : side}_${part}` as KeypointName]];
}

const centreOf = (points: readonly Vec3[], refs: readonly PartRef[], side: Side): Vec3 =>
  centroid(refs.flatMap((r) => resolvePart(r, side)).map((i) => points[i]));

const midpoint = (points: readonly Vec3[], a: number, b: number): Vec3 => scale(add(points[a], points[b]), 0.5);

/** The torso line's direction, hips to shoulders. */
const alongAxis = (p: readonly Vec3[]) => unit(sub(midpoint(p, KP.left_shoulder, KP.right_shoulder), midpoint(p, KP.left_hip, KP.right_hip)));
/** The body's left-right axis, from the hips and the shoulders together. */
const acrossAxis = (p: readonly Vec3[]) => unit(add(sub(p[KP.left_hip], p[KP.right_hip]), sub(p[KP.left_shoulder], p[KP.right_shoulder])));

/** The normal of the torso line on the floor side (world y points down). */
function floorSide(points: readonly Vec3[]): Vec3 {
  const along = alongAxis(points);
  return (along && unit(sub(DOWN, scale(along, dot(DOWN, along))))) ?? DOWN;
}

/**
 * The sense about the across axis in which a limb joint flexes: the one that carries a forearm
 * hanging down the body towards the front (where the nose points from the ears). Flexion keeps that
 * sense wherever the upper limb points, overhead or behind, so a joint kept bent through a circle
 * stays bent the same way; the opposite sense would straighten it and then over-extend it.
 */
function flexSense(points: readonly Vec3[], axis: Vec3): number {
  const along = alongAxis(points);
  if (!along) return 0;
  const front = sub(points[KP.nose], midpoint(points, KP.left_ear, KP.right_ear));
  return Math.sign(dot(cross(axis, scale(along, -1)), front));
}

/** Signed angle about `axis` that turns `from` to the direction of `to`, both seen along the axis. */
export function angleAbout(from: Vec3, to: Vec3, axis: Vec3): number {
  const f = sub(from, scale(axis, dot(axis, from)));
  const g = sub(to, scale(axis, dot(axis, to)));
  return Math.atan2(dot(axis, cross(f, g)), dot(f, g));
}

/** The turn's angle in radians for this pose, before the ramp; null when it cannot be judged. */
function turnAngle(turn: SegmentTurn, points: readonly Vec3[], side: Side, axis: Vec3, rest: readonly Vec3[] | null): number | null {
  const arm = sub(centreOf(points, [turn.lead], side), centreOf(points, turn.pivot, side));
  if (turn.turn === 'rest') {
    return rest && angleAbout(arm, sub(centreOf(rest, [turn.lead], side), centreOf(rest, turn.pivot, side)), axis);
  }
  if (turn.turn.towards === 'flex') {
    const sense = flexSense(points, axis);
    return sense === 0 ? null : radians(turn.turn.degrees) * sense;
  }
  const floorwards = Math.sign(dot(cross(axis, arm), floorSide(points)));
  if (floorwards === 0) return null;
  return radians(turn.turn.degrees) * (turn.turn.towards === 'floor' ? floorwards : -floorwards);
}

function applyTurn(points: WorldPoint[], turn: SegmentTurn, side: Side, weight: number, rest: readonly Vec3[] | null = null): WorldPoint[] {
  const axis = turn.axis === 'across' ? acrossAxis(points) : alongAxis(points);
  const angle = axis && turnAngle(turn, points, side, axis, rest);
  if (!axis || angle === null) return points;
  const pivot = centreOf(points, turn.pivot, side);
  const moving = new Set(turn.chain.flatMap((r) => resolvePart(r, side)));
  return points.map((p, i) => (moving.has(i) ? rotateAbout(p, pivot, axis, angle * weight) : p));
}

/** A picture point in pixels, so that angles are true on a non-square frame. */
type Pixel = [number, number];

function centrePixel(keypoints: readonly Keypoint[], refs: readonly PartRef[], side: Side, width: number, height: number): Pixel {
  const idx = refs.flatMap((r) => resolvePart(r, side));
  const sum = idx.reduce<Pixel>((acc, i) => [acc[0] + keypoints[i][0] * width, acc[1] + keypoints[i][1] * height], [0, 0]);
  return [sum[0] / idx.length, sum[1] / idx.length];
}

/** Turns a `rest` turn's part in the picture, about its pivot, by `weight` of what is left between it and its own rest. */
function settleInPicture(keypoints: Keypoint[], rest: readonly Keypoint[], turn: SegmentTurn, side: Side, weight: number, width: number, height: number): Keypoint[] {
  const pivot = centrePixel(keypoints, turn.pivot, side, width, height);
  const lead = centrePixel(keypoints, [turn.lead], side, width, height);
  const restPivot = centrePixel(rest, turn.pivot, side, width, height);
  const restLead = centrePixel(rest, [turn.lead], side, width, height);
  const left = Math.atan2(restLead[1] - restPivot[1], restLead[0] - restPivot[0]) - Math.atan2(lead[1] - pivot[1], lead[0] - pivot[0]);
  const angle = weight * Math.atan2(Math.sin(left), Math.cos(left));
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  const moving = new Set(turn.chain.flatMap((r) => resolvePart(r, side)));
  return keypoints.map((k, i) => {
    if (!moving.has(i)) return k;
    const dx = k[0] * width - pivot[0];
    const dy = k[1] * height - pivot[1];
    return [(pivot[0] + c * dx - s * dy) / width, (pivot[1] + s * dx + c * dy) / height, k[2], k[3]];
  });
}

/** 0 at rest before and after the rep, 1 over the top, smooth (smoothstep) in between. */
export function rampWeight(t: number, w: FaultWindow): number {
  const x = t < w.start ? ramp(t - w.from, w.start - w.from) : t > w.end ? ramp(w.to - t, w.to - w.end) : 1;
  return x * x * (3 - 2 * x);
}

/** Share of a ramp of `length` seconds done after `elapsed`, 0..1 (a ramp of no length is a step). */
const ramp = (elapsed: number, length: number): number => (length > 0 ? Math.min(1, Math.max(0, elapsed / length)) : elapsed >= 0 ? 1 : 0);

const nearestFrame = (track: PoseTrack, t: number): PoseFrame | null =>
  track.frames.reduce<PoseFrame | null>((best, f) => (f.world && (!best || Math.abs(f.t - t) < Math.abs(best.t - t)) ? f : best), null);

/** The raised leg's side at a top: the knee higher in the picture. */
function raisedSide(frame: PoseFrame | null): Side {
  const k = frame?.keypoints;
  return k && k[KP.right_knee][1] < k[KP.left_knee][1] ? 'right' : 'left';
}

/** The sides an injector turns at this top. */
export function injectedSides(track: PoseTrack, injector: FaultInjector, w: FaultWindow): Side[] {
  return injector.sides === 'each' ? ['left', 'right'] : [raisedSide(nearestFrame(track, (w.start + w.end) / 2))];
}

export function injectFault(track: PoseTrack, injector: FaultInjector, windows: readonly FaultWindow[]): PoseTrack {
  const { width, height } = track.source;
  const depthGain = depthPerMetre(track);
  const plans = windows.map((w) => ({
    window: w,
    sides: injectedSides(track, injector, w),
    rest: nearestFrame(track, w.from)?.world ?? null,
    restPicture: nearestFrame(track, w.from)?.keypoints ?? null,
  }));
  return mapPoses(track, ({ keypoints, world }, frame) => {
    const plan = plans.find((p) => rampWeight(frame.t, p.window) > 0);
    const perMetre = world && pixelsPerMetre(keypoints, world, width, height);
    if (!plan || !world || !perMetre) return { keypoints, world };
    const weight = rampWeight(frame.t, plan.window);
    let moved = world;
    for (const side of plan.sides) for (const turn of injector.turns) moved = applyTurn(moved, turn, side, weight, plan.rest);
    let picture = followWorld(keypoints, world, moved, { width, height, perMetre, depthGain });
    for (const side of plan.sides) {
      for (const turn of injector.turns) if (turn.turn === 'rest' && plan.restPicture) picture = settleInPicture(picture, plan.restPicture, turn, side, weight, width, height);
    }
    return { keypoints: picture, world: moved };
  });
}
