/** Head tilts: left, right, back and forth, slowly and smoothly; seen from the front. One rep is the four tilts. */
import type { MotionSpec } from '../types';
import { standing, standingRest } from './parts/standing';

export const headTiltsMotion: MotionSpec = {
  id: 'head-tilts',
  ...standing('front'),
  rest: standingRest(),
  top: { headTilt: 30 },
  path: [
    { to: { headTilt: -30 }, seconds: 2.4 },
    { to: {}, seconds: 1.2 },
    { to: { neck: 35 }, seconds: 1.2 },
    { to: { neck: -35 }, seconds: 2.4 },
  ],
  timing: { rise: 1.2, top: 0.3, lower: 1.2, rest: 1 },
  faults: {
    shallow: { description: 'each tilt goes a third of the way (about 10°)', range: 1 / 3 },
    rushed: { description: 'the tilts take a third of the time: jerky, not slow and smooth', pace: 1 / 3 },
  },
};
