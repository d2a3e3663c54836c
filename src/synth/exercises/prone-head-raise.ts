/** Prone head raise: face down, hands along the body; lift the head (neck extension) to look ahead, hold, lower. */
import type { RuleId } from '../../engine/exercise-spec';
import type { proneHeadRaise } from '../../exercises/prone-head-raise';
import type { MotionSpec } from '../types';
import { ARM_ALONG_BODY, proneRest } from './parts/postures';

export const proneHeadRaiseMotion = {
  id: 'prone-head-raise',
  front: 'floor',
  anchor: 'hip',
  rest: proneRest(ARM_ALONG_BODY),
  top: { neck: 35 },
  timing: { rise: 1, top: 0, lower: 1, rest: 2.5 },
  holdSeconds: 10,
  faults: {
    // A lift that stops short: the head comes up (a rep) but looks at the floor ahead, not into the
    // distance. The brief's "~8°" (3° above the resting 5°) is below what a detector can tell from
    // lying still, and a half lift reads as no rep at all, so neither could show the cue.
    'head-low': { description: 'the head rises two thirds of the way: ~20° above rest instead of ~30°', top: { neck: 25 } },
    'hold-short': { description: 'the hold lasts 40% of the target', holdFraction: 0.4 },
  },
} satisfies MotionSpec<RuleId<typeof proneHeadRaise>>;
