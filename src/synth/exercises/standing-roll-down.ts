/**
 * Standing roll-down: arms up, then bend down slowly until the fingertips touch the floor, and
 * come up again slowly with the arms up; seen from the side.
 */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { forwardBend, standing, standingRest } from './parts/standing';

export const standingRollDownMotion: MotionSpec = {
  id: 'standing-roll-down',
  ...standing('side'),
  rest: standingRest(),
  top: both('arm', { upper: 90, bend: 0 }),
  path: [
    { to: { ...forwardBend(-38), ...both('arm', { upper: -95, bend: 0 }) }, seconds: 3 },
    { to: both('arm', { upper: 90, bend: 0 }), seconds: 3 },
  ],
  timing: { rise: 1, top: 0.5, lower: 1, rest: 1 },
  faults: {
    'fingers-off-floor': { description: 'the bend stops with the fingertips ~25 cm above the floor', stops: { 1: forwardBend(-5) } },
  },
};
