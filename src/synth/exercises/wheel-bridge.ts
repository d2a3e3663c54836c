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
    'hips-low': { description: 'the bridge goes half as high: hips ~0.4 m, elbows bent', range: 0.5 },
  },
};
