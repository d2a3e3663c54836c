/**
 * Standing torso bends: on straight legs, bend forward raising the arms (in line with the trunk)
 * and dropping the head; coming up, the arms straighten out in front; seen from the side.
 */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { forwardBend, standing, standingRest } from './parts/standing';

const ARMS_FORWARD = { upper: 0, bend: 0, end: 0 };

export const standingTorsoBendsMotion: MotionSpec = {
  id: 'standing-torso-bends',
  ...standing('side'),
  rest: standingRest(ARMS_FORWARD),
  top: { ...forwardBend(-20), neck: -30, ...both('arm', { upper: -25 }) },
  timing: { rise: 1.5, top: 0.4, lower: 1.5, rest: 1 },
  faults: {
    'knees-bent': { description: 'the knees bend 45° instead of staying straight', top: both('leg', { upper: -65, bend: 45 }) },
    'arms-down': { description: 'the arms hang down instead of rising with the trunk', top: both('arm', { upper: -95 }) },
  },
};
