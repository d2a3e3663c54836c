/** Twist swings: arms swing out with the trunk turning to the left and to the right (180° in all); seen from the front. One rep = both ways. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { standing, standingRest } from './parts/standing';

export const twistSwingsMotion: MotionSpec = {
  id: 'twist-swings',
  ...standing('front'),
  rest: standingRest(),
  top: { twist: 80, ...both('arm', { abduct: 70 }) },
  path: [{ to: { twist: -80, ...both('arm', { abduct: 70 }) }, seconds: 1.4 }],
  timing: { rise: 0.8, top: 0.1, lower: 0.8, rest: 1, between: 0.2 },
  faults: {
    'small-turn': { description: 'the trunk turns a third as far (about 27° each way)', range: 1 / 3 },
  },
};
