/**
 * Standing, sitting and kneeling start poses for the warm-ups and the standing exercises. The body
 * faces +u (the face-down convention of types.ts: `front: 'floor'`), so absolute directions read
 * as a standing person sees them: 0 = forward, 90 = up, 180 = back, -90 = down.
 */
import type { BodyPose, MotionSpec, LimbPose, PosePatch } from '../../types';
import { both } from './limbs';

/** Hip joints above the floor when standing straight: thigh + shank + heel. */
const STANDING_HIP_HEIGHT = 0.91;

export const HANGING_ARM: LimbPose = { upper: -90, bend: 5, end: 0 };
const STRAIGHT_LEG: LimbPose = { upper: -90, bend: 0, end: 0 };

export function standingRest(arms: LimbPose = HANGING_ARM): BodyPose {
  return { anchor: [0, STANDING_HIP_HEIGHT], torso: 90, neck: 0, pelvisRoll: 0, ...both('arm', arms), ...both('leg', STRAIGHT_LEG) };
}

/** A standing spec's fixed parts: face +u, hips as the anchor, camera as given. */
export const standing = (view: 'front' | 'side'): Pick<MotionSpec, 'front' | 'anchor' | 'camera'> => ({
  front: 'floor',
  anchor: 'hip',
  // Seen whole with the arms overhead: a 1.75 m person is about two thirds of the frame's height.
  camera: { view, scale: 0.6 },
});

/**
 * Bent forward from the hips on straight legs, the hips pushed back over the heels. `torso` is the
 * trunk's direction: -35° brings the fingertips of hanging arms to the floor.
 */
export function forwardBend(torso: number): PosePatch {
  // The hips move back as far as the shoulders go forward of the feet, a little less at a shallow bend.
  const back = 0.14 * Math.min(1, (90 - torso) / 125);
  const legAngle = (Math.asin(back / 0.86) * 180) / Math.PI;
  return {
    torso,
    neck: -20,
    anchor: [-back, STANDING_HIP_HEIGHT - 0.86 * (1 - Math.cos((legAngle * Math.PI) / 180))],
    ...both('leg', { upper: -90 + legAngle }),
  };
}

/** Sitting on the floor, upright, legs straight forward (long sitting). */
export function seatedRest(arms: LimbPose): BodyPose {
  return { anchor: [0, 0.1], torso: 90, neck: 0, pelvisRoll: 0, ...both('arm', arms), ...both('leg', { upper: 0, bend: 0, end: 0 }) };
}

/** Sitting cross-legged: knees forward and out, feet tucked back under the opposite thigh. */
export function crossLeggedRest(arms: LimbPose): BodyPose {
  return { ...seatedRest(arms), ...both('leg', { upper: -5, bend: 150, end: 30, abduct: 40 }) };
}

/** Kneeling upright: thighs vertical, shins and insteps on the floor. */
export function kneelingRest(armL: LimbPose, armR: LimbPose): BodyPose {
  return { anchor: [0, 0.52], torso: 90, neck: 0, pelvisRoll: 0, armL, armR, ...both('leg', { upper: -90, bend: 90, end: 90 }) };
}
