import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { fingertipHeight, fingersToFloorRule, standingUp, trunkAngle } from './standing';

export const standingRollDown = {
  id: 'standing-roll-down',
  name: 'Standing roll-down',
  instructions:
    'Stand straight and raise your arms up. Pull in your stomach. Slowly bend down until your fingertips touch the floor, then slowly come up again. Keep your stomach pulled in. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle', 'heel', 'wrist', 'index'],
  posture: standingUp,
  // The arms going up first do not move the trunk; the bend down to the floor does.
  signal: (f) => ramp(trunkAngle(f), 75, -25),
  phases: { enter: 0.55, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 },
  // "Pull in your stomach" is said in the instructions: no camera can check it.
  rules: [fingersToFloorRule('fingers-off-floor', 'Roll down further, until your fingertips touch the floor')],
  metric: { label: 'Fingertips above the floor', unit: 'torso', measure: fingertipHeight },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
