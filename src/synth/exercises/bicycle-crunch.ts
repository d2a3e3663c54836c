/**
 * Bicycle crunch: face up, hands behind the head, shoulders held off the floor; one knee comes to
 * the chest while the elbow reaches for it and the other leg stretches out. Data: the left knee in; reps alternate.
 */
import type { RuleId } from '../../engine/exercise-spec';
import type { bicycleCrunch } from '../../exercises/bicycle-crunch';
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';
import { SUPINE_HAND_BEHIND_HEAD, supineBentKneesRest } from './parts/postures';

export const bicycleCrunchMotion = {
  id: 'bicycle-crunch',
  front: 'ceiling',
  anchor: 'hip',
  rest: { ...supineBentKneesRest(SUPINE_HAND_BEHIND_HEAD), torso: 12, neck: -10 },
  top: {
    torso: 35,
    neck: -15,
    ...both('arm', { upper: 110 }),
    legL: { upper: 95, bend: 120, end: 30 },
    legR: { upper: 165, bend: 15, end: 40 }, // stretched out, heel off the floor
  },
  timing: { rise: 0.7, top: 0.3, lower: 0.7, rest: 0.4 },
  alternates: true,
  faults: {},
} satisfies MotionSpec<RuleId<typeof bicycleCrunch>>;
