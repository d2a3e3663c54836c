/** Running in place: knees lift high in turn (thigh 60° forward), bent arms pump; seen from the side. One rep = one step. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { standing, standingRest } from './parts/standing';

export const runInPlaceMotion: MotionSpec = {
  id: 'run-in-place',
  ...standing('side'),
  rest: { ...standingRest(), torso: 86, ...both('arm', { upper: -90, bend: 90, end: 0 }) },
  top: { legL: { upper: -30, bend: 100, end: 20 }, armR: { upper: -50 }, armL: { upper: -130 } },
  timing: { rise: 0.18, top: 0, lower: 0.18, rest: 1, between: 0 },
  alternates: true,
  faults: {
    'low-knees': { description: 'the knee lifts a third as high (thigh 20° forward)', range: 1 / 3 },
  },
};
