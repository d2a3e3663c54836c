/**
 * Seated forward lean: sitting, arms bent at chest level; straighten them forward without lowering
 * them, lean forward as deep as possible, come back; seen from the side.
 */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { seatedRest, standing } from './parts/standing';

export const seatedForwardLeanMotion: MotionSpec = {
  id: 'seated-forward-lean',
  ...standing('side'),
  rest: seatedRest({ upper: 0, bend: 140, end: 0 }),
  top: both('arm', { upper: 0, bend: 0 }),
  path: [
    { to: { torso: 35, neck: -10, ...both('arm', { upper: -5, bend: 0 }) }, seconds: 1.5 },
    { to: both('arm', { upper: 0, bend: 0 }), seconds: 1.5 },
  ],
  timing: { rise: 0.8, top: 0.3, lower: 0.8, rest: 1 },
  faults: {
    'arms-lowered': { description: 'the arms sink 45° below the horizontal', top: both('arm', { upper: -45 }), stops: { 1: both('arm', { upper: -50 }) } },
    shallow: { description: 'the lean stops at 62° (half as deep)', stops: { 1: { torso: 62 } } },
  },
};
