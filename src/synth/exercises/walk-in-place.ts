/** Walking in place: knees lift in turn (thigh 35° forward), arms swing opposite; seen from the side. One rep = one step. */
import type { MotionSpec } from '../types';
import { standing, standingRest } from './parts/standing';

export const walkInPlaceMotion: MotionSpec = {
  id: 'walk-in-place',
  ...standing('side'),
  rest: standingRest(),
  top: { legL: { upper: -55, bend: 50, end: 10 }, armR: { upper: -65 }, armL: { upper: -115 } },
  timing: { rise: 0.3, top: 0, lower: 0.3, rest: 1, between: 0 },
  alternates: true,
  faults: {
    'low-knees': { description: 'the knee barely lifts (thigh 12° forward): shuffling, not stepping', range: 1 / 3 },
  },
};
