import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { standingUp, STRAIGHT_ARMS_RULE, wristHeight } from './parts/standing';

export const armSwings = {
  id: 'arm-swings',
  name: 'Arm swings',
  routine: { group: 'warm-up', order: 5 },
  instructions: 'Swing your straight arms forward and up, then down and back behind you, springy. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'wrist', 'hip', 'ankle'],
  posture: standingUp,
  signal: (f) => ramp(wristHeight(f), -1.1, 1.1),
  phases: { enter: 0.6, exit: 0.4, enterSeconds: 0.05, exitSeconds: 0.05 },
  // One swing up and back down is a rep, however far behind it goes.
  cycles: { value: wristHeight, minAmplitude: 0.8, countAt: 'peak' },
  rules: [STRAIGHT_ARMS_RULE],
  metric: { label: 'Wrist height above shoulder', unit: 'torso', measure: wristHeight },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
