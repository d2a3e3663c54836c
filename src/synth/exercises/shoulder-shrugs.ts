/** Shoulder shrugs: raise the shoulders up and lower them; seen from the front. */
import type { MotionSpec } from '../types';
import { standing, standingRest } from './parts/standing';

export const shoulderShrugsMotion: MotionSpec = {
  id: 'shoulder-shrugs',
  ...standing('front'),
  rest: standingRest(),
  top: { shoulderLift: 0.06 },
  timing: { rise: 0.8, top: 0.4, lower: 0.8, rest: 1, between: 0.4 },
  faults: {
    small: { description: 'the shoulders rise a quarter of the way (1.5 cm)', range: 0.25 },
  },
};
