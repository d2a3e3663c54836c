/** Back tilts: standing, lean the trunk back (~25°), hips a little forward, and return; seen from the side. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { standing, standingRest } from './parts/standing';

export const backTiltsMotion: MotionSpec = {
  id: 'back-tilts',
  ...standing('side'),
  rest: { ...standingRest(), ...both('arm', { upper: -100, bend: 90, end: 0 }) },
  top: { torso: 115, neck: 15, anchor: [0.05, 0.9], ...both('leg', { upper: -93 }) },
  timing: { rise: 1.5, top: 0.5, lower: 1.5, rest: 1 },
  faults: {
    shallow: { description: 'the trunk leans back 40% as far (10°)', range: 0.4 },
  },
};
