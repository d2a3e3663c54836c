import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { fingertipHeight, fingersToFloorRule, standingUp, trunkAngle } from './standing';

export const toeTouchBend = {
  id: 'toe-touch-bend',
  name: 'Toe-touch bend',
  instructions: 'Lean forward and bend over so that your fingertips touch the floor, then straighten up. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle', 'heel', 'wrist', 'index'],
  posture: standingUp,
  // Upright 90°; a bend that reaches the floor on straight legs takes the trunk to ~-35°.
  signal: (f) => ramp(trunkAngle(f), 75, -25),
  phases: { enter: 0.55, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 },
  rules: [fingersToFloorRule('fingers-off-floor', 'Bend further, until your fingertips touch the floor')],
  metric: { label: 'Fingertips above the floor', unit: 'torso', measure: fingertipHeight },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
