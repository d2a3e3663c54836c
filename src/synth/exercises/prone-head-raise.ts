/** Prone head raise: face down, hands along the body; lift the head (neck extension) to look ahead, hold, lower. */
import type { ExerciseSpec } from '../types';
import { ARM_ALONG_BODY, proneRest } from './postures';

export const proneHeadRaise: ExerciseSpec = {
  id: 'prone-head-raise',
  front: 'floor',
  anchor: 'hip',
  rest: proneRest(ARM_ALONG_BODY),
  top: { neck: 35 },
  timing: { rise: 1, top: 0, lower: 1, rest: 2.5 },
  holdSeconds: 10,
  faults: {
    'head-low': { description: 'the head rises only ~8° (chin barely off the floor)', top: { neck: 8 } },
    'hold-short': { description: 'the hold lasts 40% of the target', holdFraction: 0.4 },
  },
};
