/**
 * Hip circles: the pelvis goes round over the feet (left, forward, right, back), to the left and to
 * the right (reverse the path); seen from the front, where the sideways part shows.
 */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { standing, standingRest } from './parts/standing';

// Hips 10 cm off centre; forward and back the legs lean 5° so the feet stay put.
export const hipCirclesMotion: MotionSpec = {
  id: 'hip-circles',
  ...standing('front'),
  rest: { ...standingRest(), ...both('arm', { upper: -90, bend: 100, end: 0, abduct: 35 }) },
  top: { hipShift: 0.1, sideBend: -8 },
  path: [
    { to: { anchor: [0.07, 0.9], torso: 84, ...both('leg', { upper: -95 }) }, seconds: 0.6 },
    { to: { hipShift: -0.1, sideBend: 8 }, seconds: 0.6 },
    { to: { anchor: [-0.07, 0.9], torso: 96, ...both('leg', { upper: -85 }) }, seconds: 0.6 },
  ],
  timing: { rise: 0.6, top: 0, lower: 0.6, rest: 1, between: 0 },
  faults: {
    small: { description: 'the hips move a third as far (under 3 cm)', range: 1 / 3 },
  },
};
