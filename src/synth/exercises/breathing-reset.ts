/** Breathing reset: stand even, relax, a deep breath in and out; seen from the front. The chest's rise shows only as the shoulders lifting ~2 cm. */
import type { MotionSpec } from '../types';
import { standing, standingRest } from './parts/standing';

export const breathingResetMotion: MotionSpec = {
  id: 'breathing-reset',
  ...standing('front'),
  rest: standingRest(),
  top: { shoulderLift: 0.02 },
  timing: { rise: 4, top: 0, lower: 5, rest: 1 },
  faults: {
    // "Become even": a trunk leaning to one side is what a front camera can see of it.
    leaning: { description: 'the trunk leans 10° to the left instead of standing even', rest: { sideBend: 10 } },
  },
};
