/**
 * Kneeling arm circles: kneeling upright, the right arm straight up, the left arm out to the side
 * making circles; after 5, change hands. Seen from the front.
 */
import type { MotionSpec } from '../types';
import { kneelingRest, standing } from './parts/standing';

const UP = { upper: 90, bend: 0, end: 0 };
const SIDE = { upper: -90, bend: 0, end: 0, abduct: 90 };

// The side arm's hand goes up, forward, down and back round a circle ~50 cm across.
export const kneelingArmCirclesMotion: MotionSpec = {
  id: 'kneeling-arm-circles',
  ...standing('front'),
  rest: kneelingRest(SIDE, UP),
  top: { armL: { abduct: 115 } },
  path: [
    { to: { armL: { upper: -60, abduct: 90 } }, seconds: 0.4 },
    { to: { armL: { abduct: 65 } }, seconds: 0.4 },
    { to: { armL: { upper: -120, abduct: 90 } }, seconds: 0.4 },
  ],
  timing: { rise: 0.4, top: 0, lower: 0.4, rest: 1, between: 0 },
  alternates: true,
  repsPerSide: 5,
  faults: {
    'arm-dropped': { description: 'the raised arm sinks to shoulder height', rest: { armR: { upper: 0 } } },
  },
};
