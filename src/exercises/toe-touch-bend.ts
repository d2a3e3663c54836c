import type { ExerciseSpec } from '../engine/exercise-spec';
import { BEND_TO_FLOOR, fingersToFloorRule } from './parts/standing';

export const toeTouchBend = {
  id: 'toe-touch-bend',
  name: 'Toe-touch bend',
  routine: { group: 'warm-up', order: 9 },
  instructions: 'Lean forward and bend over so that your fingertips touch the floor, then straighten up. Stand side-on to the camera.',
  ...BEND_TO_FLOOR,
  rules: [fingersToFloorRule('fingers-off-floor', 'Bend further, until your fingertips touch the floor')],
} satisfies ExerciseSpec;
