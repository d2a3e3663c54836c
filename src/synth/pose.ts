/** Pure operations on body poses: blend two poses, apply a patch, swap left and right. */
import type { BodyPose, LimbPose, PosePatch } from './types';

const lerp = (a: number, b: number, k: number): number => a + (b - a) * k;

/** Out-of-plane fields are optional: blended as 0 where one side lacks them, left out where both do. */
const lerpOptional = (a: number | undefined, b: number | undefined, k: number): number | undefined =>
  a === undefined && b === undefined ? undefined : lerp(a ?? 0, b ?? 0, k);

const OPTIONAL = ['sideBend', 'twist', 'headTilt', 'shoulderLift', 'shoulderForward', 'hipShift'] as const;

function lerpOptionals<T extends object>(a: T, b: T, k: number, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) {
    const v = lerpOptional(a[key] as number | undefined, b[key] as number | undefined, k);
    if (v !== undefined) out[key] = v as T[keyof T];
  }
  return out;
}

const lerpLimb = (a: LimbPose, b: LimbPose, k: number): LimbPose => ({
  upper: lerp(a.upper, b.upper, k),
  bend: lerp(a.bend, b.bend, k),
  end: lerp(a.end, b.end, k),
  ...lerpOptionals(a, b, k, ['abduct']),
});

/** The pose a fraction k of the way from a to b, every angle and position blended linearly. */
export function lerpPose(a: BodyPose, b: BodyPose, k: number): BodyPose {
  return {
    anchor: [lerp(a.anchor[0], b.anchor[0], k), lerp(a.anchor[1], b.anchor[1], k)],
    torso: lerp(a.torso, b.torso, k),
    neck: lerp(a.neck, b.neck, k),
    pelvisRoll: lerp(a.pelvisRoll, b.pelvisRoll, k),
    armL: lerpLimb(a.armL, b.armL, k),
    armR: lerpLimb(a.armR, b.armR, k),
    legL: lerpLimb(a.legL, b.legL, k),
    legR: lerpLimb(a.legR, b.legR, k),
    ...lerpOptionals(a, b, k, OPTIONAL),
  };
}

/** Cosine ease: zero speed at both keyframes, as a person starts and stops a movement. */
export const easeInOut = (k: number): number => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, k)))) / 2;

/** A copy of pose with the patch's fields replaced (patches later in the list win). */
export function applyPatches(pose: BodyPose, ...patches: (PosePatch | undefined)[]): BodyPose {
  return patches.reduce<BodyPose>(
    (p, patch) =>
      patch
        ? {
            ...p,
            ...patch,
            anchor: patch.anchor ?? p.anchor,
            armL: { ...p.armL, ...patch.armL },
            armR: { ...p.armR, ...patch.armR },
            legL: { ...p.legL, ...patch.legL },
            legR: { ...p.legR, ...patch.legR },
          }
        : p,
    pose,
  );
}

/** The same pose done with the other arm and leg (alternating exercises): every leftward move turns rightward. */
export function swapSides(pose: BodyPose): BodyPose {
  const mirrored: Partial<BodyPose> = {};
  for (const key of ['sideBend', 'twist', 'headTilt', 'hipShift'] as const) if (pose[key] !== undefined) mirrored[key] = -pose[key]!;
  return { ...pose, ...mirrored, pelvisRoll: -pose.pelvisRoll, armL: pose.armR, armR: pose.armL, legL: pose.legR, legR: pose.legL };
}
