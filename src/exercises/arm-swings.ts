import type { ExerciseSpec } from '../engine/exercise-spec';
import { STRAIGHT_ARMS_RULE, STRAIGHT_ARMS_SIDE_ON, wristHeight } from './parts/standing';

export const armSwings = {
  id: 'arm-swings',
  name: 'Arm swings',
  routine: { group: 'warm-up', order: 5 },
  instructions: 'Swing your straight arms forward and up, then down and back behind you, springy. Stand side-on to the camera.',
  ...STRAIGHT_ARMS_SIDE_ON,
  // One swing up and back down is a rep, however far behind it goes.
  cycles: { value: wristHeight, minAmplitude: 0.8, countAt: 'peak' },
  rules: [STRAIGHT_ARMS_RULE],
} satisfies ExerciseSpec;
