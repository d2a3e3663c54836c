/** Seated arm sweeps: sitting cross-legged, swing the arms up overhead and down until the hands touch the floor at the sides; seen from the front. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { crossLeggedRest, standing } from './parts/standing';

// Straight arms 25° out from the body reach the floor beside the hips.
const HANDS_ON_FLOOR = { upper: -90, bend: 0, end: 0, abduct: 25 };

export const seatedArmSweepsMotion: MotionSpec = {
  id: 'seated-arm-sweeps',
  ...standing('front'),
  rest: crossLeggedRest(HANDS_ON_FLOOR),
  top: both('arm', { abduct: 170 }),
  timing: { rise: 1, top: 0.3, lower: 1, rest: 1, between: 0.3 },
  faults: {
    'hands-off-floor': { description: 'the hands stop ~25 cm above the floor on the way down', rest: both('arm', { abduct: 60 }) },
  },
};
