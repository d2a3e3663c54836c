/**
 * Superman: face down, arms stretched forward; legs, chest and arms lift together about the hips
 * (the anchor, which stays on the floor), hold, lower.
 */
import type { RuleId } from '../../engine/exercise-spec';
import type { superman } from '../../exercises/superman';
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { PRONE_LEG, proneRest } from './parts/postures';

// Arms forward along the floor: slightly down from the shoulders so the hands rest on it.
const restArm = { upper: -5, bend: 0, end: 0 };

export const supermanMotion = {
  id: 'superman',
  front: 'floor',
  anchor: 'hip',
  rest: proneRest(restArm),
  // Chest up 15°, arms in line with it, legs up 15° from the floor, eyes to the floor ahead.
  top: { torso: 15, neck: 10, ...both('arm', { upper: 20 }), ...both('leg', { upper: 165 }) },
  timing: { rise: 1.2, top: 0, lower: 1.2, rest: 3 },
  holdSeconds: 15,
  faults: {
    'legs-down': { description: 'only the chest and arms lift; the legs stay on the floor', top: both('leg', PRONE_LEG) },
    'chest-down': {
      description: 'only the legs lift; chest, arms and head stay on the floor',
      top: { torso: 0, neck: 5, ...both('arm', restArm) },
    },
    'hold-short': { description: 'the hold lasts 40% of the target', holdFraction: 0.4 },
  },
} satisfies MotionSpec<RuleId<typeof superman>>;
