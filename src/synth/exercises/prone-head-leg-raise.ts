/** Prone head and leg raise: face down, arms along the body; raise the head and both legs at once, lower. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { ARM_ALONG_BODY, PRONE_LEG, proneRest } from './parts/postures';

export const proneHeadLegRaiseMotion: MotionSpec = {
  id: 'prone-head-leg-raise',
  front: 'floor',
  anchor: 'hip',
  rest: proneRest(ARM_ALONG_BODY),
  top: { neck: 30, ...both('leg', { upper: 165 }) },
  timing: { rise: 1, top: 0.6, lower: 1, rest: 1.2 },
  faults: {
    'legs-down': { description: 'only the head rises; the legs stay on the floor', top: both('leg', PRONE_LEG) },
    'head-down': { description: 'only the legs rise; the head stays down', top: { neck: 5 } },
  },
};
