/** Standing torso turns: elbows bent at chest level, the trunk turns left and right with the arm swinging back; seen from the front. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { standing, standingRest } from './parts/standing';

// Upper arms out to the sides at shoulder height, forearms pointing forward.
const CHEST_LEVEL = { upper: -90, bend: 90, end: 0, abduct: 90 };

export const standingTorsoTurnsMotion: MotionSpec = {
  id: 'standing-torso-turns',
  ...standing('front'),
  rest: standingRest(CHEST_LEVEL),
  top: { twist: 70, armL: { bend: 0 } },
  path: [{ to: { twist: -70, armR: { bend: 0 } }, seconds: 1.6 }],
  timing: { rise: 0.9, top: 0.2, lower: 0.9, rest: 1, between: 0.2 },
  faults: {
    'small-turn': { description: 'the trunk turns a third as far (about 23° each way)', range: 1 / 3 },
    'arms-low': { description: 'the elbows drop to the sides instead of staying at chest level', top: both('arm', { abduct: 20 }) },
  },
};
