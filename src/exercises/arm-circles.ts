import type { ExerciseSpec } from '../engine/exercise-spec';
import { aheadOf, STRAIGHT_ARMS_RULE, STRAIGHT_ARMS_SIDE_ON, wristHeight } from './parts/standing';

export const armCircles = {
  id: 'arm-circles',
  name: 'Arm circles',
  routine: { group: 'warm-up', order: 6 },
  instructions: 'Circle both straight arms: 5 forward, then 5 backward. Stand side-on to the camera.',
  ...STRAIGHT_ARMS_SIDE_ON,
  // One circle is one peak of the wrist; rising in front of the body (counter-clockwise in
  // forward/up) is a backward circle, rising behind it a forward one. Half a straight arm's swing
  // is the least that is a circle: bent-arm circles still count, the rule below says so.
  cycles: {
    value: wristHeight,
    across: (f) => aheadOf(f, 'wrist', 'shoulder'),
    minAmplitude: 0.8,
    countAt: 'peak',
    directions: ['backward', 'forward'],
  },
  rules: [STRAIGHT_ARMS_RULE],
} satisfies ExerciseSpec;
