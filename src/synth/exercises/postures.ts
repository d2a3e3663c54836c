/** Resting postures shared by several exercises. */
import type { BodyPose, LimbPose } from '../types';
import { both } from './limbs';

/** Straight legs on the floor, toes pointed back (knees and ankles a few cm lower than the hips). */
export const PRONE_LEG: LimbPose = { upper: 183, bend: 0, end: 70 };

/** Lying face down, hip joints ~10 cm above the floor, arms as given, forehead toward the floor. */
export function proneRest(arm: LimbPose): BodyPose {
  return { anchor: [0, 0.1], torso: 0, neck: 5, pelvisRoll: 0, ...both('arm', arm), ...both('leg', PRONE_LEG) };
}
