import type { ExerciseSpec } from '../engine/exercise-spec';
import { BEND_TO_FLOOR, fingersToFloorRule } from './parts/standing';

export const standingRollDown = {
  id: 'standing-roll-down',
  name: 'Standing roll-down',
  routine: { group: 'main', order: 11 },
  instructions:
    'Stand straight and raise your arms up. Pull in your stomach. Slowly bend down until your fingertips touch the floor, then slowly come up again. Keep your stomach pulled in. Stand side-on to the camera.',
  // The arms going up first do not move the trunk; the bend down to the floor does.
  ...BEND_TO_FLOOR,
  // "Pull in your stomach" is said in the instructions: no camera can check it.
  rules: [fingersToFloorRule('fingers-off-floor', 'Roll down further, until your fingertips touch the floor')],
} satisfies ExerciseSpec;
