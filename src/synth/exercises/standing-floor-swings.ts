/**
 * Standing floor swings: bent forward, legs apart, the arms swing to touch the floor as far behind
 * as possible, then as far in front; seen from the side.
 */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { forwardBend, standing, standingRest } from './parts/standing';

// Deep enough, knees bent, for straight arms to reach the floor behind the heels and ahead of the toes.
const BENT = { ...forwardBend(-45), ...both('leg', { upper: -70, bend: 40 }) };

export const standingFloorSwingsMotion: MotionSpec = {
  id: 'standing-floor-swings',
  ...standing('side'),
  rest: standingRest(),
  top: { ...BENT, ...both('arm', { upper: -140, bend: 0 }) },
  path: [{ to: { ...BENT, ...both('arm', { upper: -45, bend: 0 }) }, seconds: 1.2 }],
  timing: { rise: 1.2, top: 0.3, lower: 1.2, rest: 1 },
  faults: {
    'short-reach': {
      description: 'the hands swing barely past the feet either way',
      stops: { 0: both('arm', { upper: -115 }), 1: both('arm', { upper: -70 }) },
    },
  },
};
