/**
 * Shoulder circles: both shoulders go round (forward, up, back, down), forward and backward; seen
 * from the side, where the circle shows. Reverse the path for backward circles.
 */
import type { MotionSpec } from '../types';
import { standing, standingRest } from './parts/standing';

// A circle ~6 cm across, centred 3 cm above the resting shoulder.
export const shoulderCirclesMotion: MotionSpec = {
  id: 'shoulder-circles',
  ...standing('side'),
  rest: standingRest(),
  top: { shoulderForward: 0.03, shoulderLift: 0.03 },
  path: [
    { to: { shoulderLift: 0.06 }, seconds: 0.5 },
    { to: { shoulderForward: -0.03, shoulderLift: 0.03 }, seconds: 0.5 },
  ],
  timing: { rise: 0.5, top: 0, lower: 0.5, rest: 1, between: 0 },
  faults: {
    'shrug-only': { description: 'the shoulders go up and down but not round', top: { shoulderForward: 0 } },
  },
};
