/** Breath and arm raise: breathe in while raising both arms out and up overhead, breathe out while lowering them; seen from the front. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { standing, standingRest } from './parts/standing';

export const breathArmRaiseMotion: MotionSpec = {
  id: 'breath-arm-raise',
  ...standing('front'),
  rest: standingRest(),
  top: { shoulderLift: 0.015, ...both('arm', { abduct: 165 }) },
  timing: { rise: 4, top: 0.5, lower: 5, rest: 1 },
  faults: {
    'arms-low': { description: 'the hands stop at shoulder height instead of going up', top: both('arm', { abduct: 85 }) },
  },
};
