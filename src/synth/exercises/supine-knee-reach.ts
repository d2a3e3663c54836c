/** Supine knee reach: lying face up, knees bent; curl the shoulders up and stretch the palms toward the knees. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { ARM_ALONG_BODY, supineBentKneesRest } from './parts/postures';

export const supineKneeReachMotion: MotionSpec = {
  id: 'supine-knee-reach',
  front: 'ceiling',
  anchor: 'hip',
  rest: supineBentKneesRest(ARM_ALONG_BODY),
  // Shoulders 30° off the floor, chin tucked, straight arms pointing at the knees.
  top: { torso: 30, neck: -15, ...both('arm', { upper: 172 }) },
  timing: { rise: 1, top: 0.6, lower: 1, rest: 1 },
  faults: {
    'short-reach': { description: 'the shoulders curl a third as far; the palms stop well short of the knees', range: 1 / 3 },
  },
};
