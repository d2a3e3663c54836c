/**
 * Arm circles: straight arms go round together; forward = up behind, over the top, down in front
 * (reverse the path for backward circles). Seen from the side, where the circle shows.
 */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { standing, standingRest } from './parts/standing';

// Written monotonically (-180, -270, -360) so each quarter turns on the same way round.
export const armCirclesMotion: MotionSpec = {
  id: 'arm-circles',
  ...standing('side'),
  rest: standingRest(),
  top: both('arm', { upper: -180, bend: 5 }),
  path: [
    { to: both('arm', { upper: -270 }), seconds: 0.5 },
    { to: both('arm', { upper: -360 }), seconds: 0.5 },
  ],
  timing: { rise: 0.5, top: 0, lower: 0.5, rest: 1, between: 0 },
  faults: {
    'bent-arms': { description: 'elbows bent 90°: small circles of the forearms', top: both('arm', { bend: 90 }) },
  },
};
