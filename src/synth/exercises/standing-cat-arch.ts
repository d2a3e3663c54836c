/** Standing cat arch: lean forward, back rounded like a cat, head down, arms hanging relaxed; seen from the side. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { forwardBend, standing, standingRest } from './parts/standing';

export const standingCatArchMotion: MotionSpec = {
  id: 'standing-cat-arch',
  ...standing('side'),
  rest: standingRest(),
  top: { ...forwardBend(30), neck: -35, ...both('arm', { upper: -95, bend: 15 }) },
  timing: { rise: 1.5, top: 0.8, lower: 1.5, rest: 1 },
  faults: {
    shallow: { description: 'the trunk leans half as far (30°)', range: 0.5 },
  },
};
