/**
 * The measurements an exercise spec reads, by side-relative landmark name (`hip`, `opposite_knee`):
 * joint angles, segment angles to the horizontal, signed point-to-line distances and heights. Lengths
 * come out in torso lengths, so thresholds hold at any distance from the camera; angles in degrees.
 * One instance is reused for every frame: reading a feature allocates nothing.
 */
import type { Side } from './events';
import { LANDMARKS, type BodyRef, type LandmarkTable } from './body-parts';
import { jointAngle } from './joint-angle';
import { jointAngle3d } from './joint-angle-3d';
import { segmentAngle } from './segment-angle';
import { facingElevation } from './facing-elevation';
import { pointLineDistance } from './point-line-distance';
import { torsoLength } from './torso-length';
import { planeElevation } from './floor-plane';
import type { Vec3 } from './vec3';
import { isUsable } from './plausible-landmark';
import type { Keypoint, WorldPoint } from '../track/track';

export class PoseFeatures {
  xs: ArrayLike<number> = new Float64Array(33);
  ys: ArrayLike<number> = new Float64Array(33);
  scores: ArrayLike<number> = new Float64Array(33);
  side: Side = 'left';
  /** Torso length in image units (x scaled by aspect); never zero. */
  torso = 1;
  private at: LandmarkTable = LANDMARKS.left;
  /** The detector's own points of this frame, for judging whether a landmark can be used at all. */
  private raw: readonly Keypoint[] | null = null;
  private aspect = 1;
  /** The detector's world points of this frame (metres, camera axes), when it gives them. */
  world: readonly WorldPoint[] | null = null;
  /** The person's latest rest (their own start pose), set by the engine; null before one is seen. */
  rest: PoseFeatures | null = null;
  /** On a rest's features: the floor plane learnt from the world points of this view's first rest, and those points. */
  floor: { normal: Vec3; start: readonly WorldPoint[] } | null = null;

  /** Points the features at a new frame's (smoothed) coordinates. */
  set(xs: ArrayLike<number>, ys: ArrayLike<number>, scores: ArrayLike<number>, side: Side): this {
    this.xs = xs;
    this.ys = ys;
    this.scores = scores;
    this.torso = Math.max(torsoLength(xs, ys), 1e-6);
    return this.setSide(side);
  }

  /** The raw frame the smoothed points came from (x in frame fractions; `aspect` = width / height). */
  setRaw(keypoints: readonly Keypoint[], aspect: number, world: readonly WorldPoint[] | null = null): this {
    this.raw = keypoints;
    this.aspect = aspect;
    this.world = world;
    return this;
  }

  /** The detector's score for this landmark in this frame. */
  score(ref: BodyRef): number {
    return this.scores[this.at[ref]];
  }

  /** Can this landmark be used in this frame (seen, or unsure but plausible)? True without a raw frame. */
  usable(ref: BodyRef): boolean {
    return this.raw === null || isUsable(this.raw, this.at[ref], this.aspect);
  }

  setSide(side: Side): this {
    this.side = side;
    this.at = LANDMARKS[side];
    return this;
  }

  index(ref: BodyRef): number {
    return this.at[ref];
  }

  /** Angle at b, 0..180 degrees (180 = straight). */
  angle(a: BodyRef, b: BodyRef, c: BodyRef): number {
    const { xs, ys, at } = this;
    return jointAngle(xs[at[a]], ys[at[a]], xs[at[b]], ys[at[b]], xs[at[c]], ys[at[c]]);
  }

  /**
   * Angle at b from the world points, 0..180 degrees: the joint's true bend whichever way the camera
   * sees the limb (a bend towards the camera is invisible in the picture). Null without world points.
   */
  worldAngle(a: BodyRef, b: BodyRef, c: BodyRef): number | null {
    const { world, at } = this;
    if (!world || world.length < 33) return null;
    return jointAngle3d(world[at[a]], world[at[b]], world[at[c]]);
  }

  /** Elevation of the segment a->b above the horizontal, -90..90 degrees. */
  elevation(a: BodyRef, b: BodyRef): number {
    const { xs, ys, at } = this;
    return segmentAngle(xs[at[a]], ys[at[a]], xs[at[b]], ys[at[b]]);
  }

  /**
   * Elevation of a->b, -180..180 degrees, from the person's own forward horizontal (the way hip to
   * shoulder points across the picture) or the backward one: -90 is hanging straight down, and a
   * limb swung a little past it reads on (-95), not folded back (-85). For a body whose torso
   * lies across the picture (on all fours, lying), where forward is clear.
   */
  facingElevation(a: BodyRef, b: BodyRef, way: 'forward' | 'back'): number {
    const { xs, ys, at } = this;
    const forward = xs[at.shoulder] - xs[at.hip];
    return facingElevation(xs[at[a]], ys[at[a]], xs[at[b]], ys[at[b]], way === 'forward' ? forward : -forward);
  }

  /** Elevation from the centroid of `from` to the centroid of `to`: a longer, steadier baseline for small parts like the head. */
  centroidElevation(from: readonly BodyRef[], to: readonly BodyRef[]): number {
    let ax = 0;
    let ay = 0;
    let bx = 0;
    let by = 0;
    for (const r of from) {
      ax += this.xs[this.at[r]];
      ay += this.ys[this.at[r]];
    }
    for (const r of to) {
      bx += this.xs[this.at[r]];
      by += this.ys[this.at[r]];
    }
    return segmentAngle(ax / from.length, ay / from.length, bx / to.length, by / to.length);
  }

  /**
   * How much `measure` changed since the person's latest rest, read on the same side: a lift from
   * their own start pose. NaN before a rest was seen, so a rule that needs it says nothing yet.
   */
  sinceRest(measure: (f: PoseFeatures) => number): number {
    if (!this.rest) return NaN;
    this.rest.setSide(this.side);
    return measure(this) - measure(this.rest);
  }

  /**
   * Elevation of a->b above the floor plane learnt at this view's first rest, -90..90 degrees, read
   * in the world points: what no camera height or tilt changes. NaN without world points or before
   * a rest with them was seen, so a rule reading it says nothing and the picture's reading stands.
   */
  floorElevation(a: BodyRef, b: BodyRef): number {
    const { world, at } = this;
    const floor = this.rest?.floor;
    if (!floor || !world || world.length < 33) return NaN;
    return planeElevation(world[at[a]], world[at[b]], floor.normal);
  }

  /** How far the segment a->b rose above the floor plane since this view's first rest, degrees (NaN as `floorElevation`). */
  floorLift(a: BodyRef, b: BodyRef): number {
    const floor = this.rest?.floor;
    if (!floor) return NaN;
    const { at } = this;
    return this.floorElevation(a, b) - planeElevation(floor.start[at[a]], floor.start[at[b]], floor.normal);
  }

  /** How far p lies above the line through a and b, in torso lengths (negative = below). */
  aboveLine(p: BodyRef, a: BodyRef, b: BodyRef): number {
    const { xs, ys, at } = this;
    return pointLineDistance(xs[at[p]], ys[at[p]], xs[at[a]], ys[at[a]], xs[at[b]], ys[at[b]]) / this.torso;
  }

  /** How far a is above b, in torso lengths (negative = below). */
  heightAbove(a: BodyRef, b: BodyRef): number {
    return (this.ys[this.at[b]] - this.ys[this.at[a]]) / this.torso;
  }
}

/**
 * Linear progress of `value` from `from` (0) to `to` (1), either direction, not clamped: the engine
 * takes the person's learnt rest off first, so a rest that reads below `from` or a top past `to`
 * must keep its true distance. Only the span `to - from` (the nominal range) really matters.
 */
export function ramp(value: number, from: number, to: number): number {
  return (value - from) / (to - from);
}
