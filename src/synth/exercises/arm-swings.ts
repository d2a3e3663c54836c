/** Arm swings: straight arms swing forward and up overhead, then down and back behind the body, springy; seen from the side. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { standing, standingRest } from './parts/standing';

export const armSwingsMotion: MotionSpec = {
  id: 'arm-swings',
  ...standing('side'),
  rest: standingRest(),
  top: both('arm', { upper: 80, bend: 5 }),
  path: [{ to: both('arm', { upper: -140 }), seconds: 1 }],
  timing: { rise: 0.8, top: 0.1, lower: 0.5, rest: 1, between: 0.2 },
  faults: {
    low: { description: 'the arms swing only to shoulder height in front and barely behind', stops: { 0: both('arm', { upper: 0 }), 1: both('arm', { upper: -110 }) } },
    'bent-arms': { description: 'elbows bent 80° through the swing', top: both('arm', { bend: 80 }) },
  },
};
