/** Resting postures shared by several exercises. */
import type { BodyPose, LimbPose } from '../../types';
import { both } from './limbs';

/** Straight legs on the floor, toes pointed back (knees and ankles a few cm lower than the hips). */
export const PRONE_LEG: LimbPose = { upper: 183, bend: 0, end: 70 };

/** Arms along the body toward the feet, palms on the floor. */
export const ARM_ALONG_BODY: LimbPose = { upper: 183, bend: 0, end: 0 };

/**
 * Lying face up, knees bent, feet flat: knee at 76° (flexion 104°). `end` = 270° - (thigh + knee
 * flexion) keeps the sole flat on the floor (glute-bridge.ts uses the same rule).
 */
export const SUPINE_BENT_LEG: LimbPose = { upper: 131.8, bend: 104.1, end: 34 };

/** Face up, a hand behind the head: elbow up and toward the head, forearm back under the skull. */
export const SUPINE_HAND_BEHIND_HEAD: LimbPose = { upper: 60, bend: 130, end: 0 };

/** Lying face up with knees bent and feet flat, the anchor joint ~10 cm above the floor. */
export function supineBentKneesRest(armL: LimbPose, armR: LimbPose = armL): BodyPose {
  return { anchor: [0, 0.1], torso: 0, neck: 0, pelvisRoll: 0, armL, armR, ...both('leg', SUPINE_BENT_LEG) };
}

/** Lying face down, hip joints ~10 cm above the floor, arms as given, forehead toward the floor. */
export function proneRest(arm: LimbPose): BodyPose {
  return { anchor: [0, 0.1], torso: 0, neck: 5, pelvisRoll: 0, ...both('arm', arm), ...both('leg', PRONE_LEG) };
}
