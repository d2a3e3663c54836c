import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { fingertipHeight, fingersToFloorRule, standingUp, trunkAngle } from './parts/standing';

export const matchPickup = {
  id: 'match-pickup',
  name: 'Match pickup',
  routine: { group: 'straightening', order: 4 },
  instructions:
    'Scatter a box of matches on the floor. Bend down for each match and pick it up with both hands at once. One match per bend. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle', 'heel', 'wrist', 'index', 'opposite_wrist', 'opposite_index'],
  posture: standingUp,
  signal: (f) => ramp(trunkAngle(f), 75, -20),
  phases: { enter: 0.55, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 },
  // "With both hands at the same time": from the side the far hand is mostly hidden, so it is not judged.
  rules: [fingersToFloorRule('hands-off-floor', 'Bend all the way down to the match')],
  metric: { label: 'Fingertips above the floor', unit: 'torso', measure: fingertipHeight },
  defaultTarget: { reps: 10, sets: 1 },
} satisfies ExerciseSpec;
