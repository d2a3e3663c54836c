/** Toe-touch bend: lean forward on straight legs until the fingertips touch the floor; seen from the side. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { forwardBend, standing, standingRest } from './parts/standing';

export const toeTouchBendMotion: MotionSpec = {
  id: 'toe-touch-bend',
  ...standing('side'),
  rest: standingRest(),
  top: { ...forwardBend(-38), ...both('arm', { upper: -95 }) },
  timing: { rise: 1.5, top: 0.5, lower: 1.5, rest: 1 },
  faults: {
    'fingers-off-floor': { description: 'the bend stops with the fingertips ~25 cm above the floor', top: forwardBend(-5) },
  },
};
