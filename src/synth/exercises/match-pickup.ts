/** Match pickup: bend down to pick up one match from the floor with both hands at once, straighten up; one match per bend; seen from the side. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { forwardBend, standing, standingRest } from './parts/standing';

// Knees a little bent, both hands together at the floor in front of the feet.
const PICK = { ...forwardBend(-35), ...both('leg', { upper: -75, bend: 25 }), ...both('arm', { upper: -80, bend: 0 }) };

export const matchPickupMotion: MotionSpec = {
  id: 'match-pickup',
  ...standing('side'),
  rest: standingRest(),
  top: PICK,
  timing: { rise: 1.2, top: 0.5, lower: 1.2, rest: 1 },
  faults: {
    'one-hand': { description: 'only one hand goes to the floor; the other rests on the thigh', top: { armL: { upper: -45, bend: 60 } } },
    'hands-off-floor': { description: 'the bend stops with the hands ~30 cm above the floor', top: forwardBend(0) },
  },
};
