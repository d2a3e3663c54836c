/**
 * Pike raise: from kneeling with the hands on the floor, push the pelvis up on straight legs, weight
 * on the hands, and return. The hands (anchor) stay put.
 */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';

export const pikeRaiseMotion: MotionSpec = {
  id: 'pike-raise',
  front: 'floor',
  anchor: 'wrist',
  // Hands a little ahead of the shoulders, knees on the floor under the hips.
  rest: {
    anchor: [0, 0.02],
    torso: 4,
    neck: 0,
    pelvisRoll: 0,
    ...both('arm', { upper: -80, bend: 0, end: 80 }),
    ...both('leg', { upper: -90, bend: 90, end: 90 }),
  },
  // Arms continue the torso line down to the hands; straight legs reach the floor at ~55°.
  top: {
    torso: -45,
    neck: -10,
    ...both('arm', { upper: -45, end: 45 }),
    ...both('leg', { upper: -125, bend: 0, end: 30 }),
  },
  timing: { rise: 1.2, top: 0.6, lower: 1.2, rest: 1 },
  faults: {
    'knees-bent': { description: 'the knees stay bent 60° instead of the legs straightening', top: both('leg', { upper: -110, bend: 60 }) },
    // Straight legs still, but the feet further back: the pelvis stops ~12 cm lower, trunk near level.
    'hips-low': {
      description: 'the pelvis stops ~12 cm lower, on straight legs',
      top: { torso: -9, neck: -5, ...both('arm', { upper: -80, end: 80 }), ...both('leg', { upper: -136, bend: 0, end: 35 }) },
    },
  },
};
