/** Back extension: face down, feet held, hands locked behind the head; arch the back up as high as possible. */
import type { RuleId } from '../../engine/exercise-spec';
import type { backExtension } from '../../exercises/back-extension';
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { proneRest } from './parts/postures';

// Elbows out by the ears, hands at the nape (a side view folds the arm's sideways spread flat).
const HAND_BEHIND_HEAD = { upper: 20, bend: 145, end: 0 };

export const backExtensionMotion = {
  id: 'back-extension',
  front: 'floor',
  anchor: 'hip',
  rest: proneRest(HAND_BEHIND_HEAD),
  top: { torso: 30, neck: 10, ...both('arm', { upper: 50 }) },
  timing: { rise: 1, top: 0.5, lower: 1.2, rest: 1 },
  faults: {},
} satisfies MotionSpec<RuleId<typeof backExtension>>;
