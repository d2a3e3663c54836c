/** Wheel bridge: from lying on the back, push up on hands and feet into a full bridge, hips highest, head off the floor; seen from the side. */
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { SUPINE_HAND_BEHIND_HEAD, supineBentKneesRest } from './parts/postures';

export const wheelBridgeMotion: MotionSpec = {
  id: 'wheel-bridge',
  front: 'ceiling',
  anchor: 'hip',
  // Hands by the ears, palms on the floor, ready to push.
  rest: supineBentKneesRest(SUPINE_HAND_BEHIND_HEAD),
  // Hips ~0.75 m up, shoulders ~0.5 m, straight arms to the floor, head hanging back.
  top: { anchor: [0, 0.75], torso: -30, neck: 30, ...both('arm', { upper: -80, bend: 0, end: 80 }), ...both('leg', { upper: -115, bend: 50, end: 30 }) },
  timing: { rise: 1.5, top: 4, lower: 1.5, rest: 1.5 },
  holdSeconds: 4,
  faults: {
    // Hands and feet stay put, the hips sag ~0.33 m (under a torso length above them), knees lower.
    'hips-low': {
      description: 'the hips sag to ~0.4 m, barely above the shoulders, hands and feet still on the floor',
      top: { anchor: [-0.07, 0.42], torso: 8, ...both('leg', { upper: -130, bend: 110 }) },
    },
  },
};
