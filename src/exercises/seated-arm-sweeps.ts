import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { armsHeight } from './breath-arm-raise';
import { seatedOnFloor } from './parts/standing';

export const seatedArmSweeps = {
  id: 'seated-arm-sweeps',
  name: 'Seated arm sweeps',
  routine: { group: 'main', order: 8 },
  instructions: 'Sit on the floor, legs crossed. Swing your arms up overhead and down until your hands touch the floor. Face the camera.',
  view: 'front',
  kind: 'reps',
  landmarks: ['shoulder', 'wrist', 'index', 'hip', 'opposite_shoulder', 'opposite_wrist', 'opposite_index', 'opposite_hip'],
  posture: seatedOnFloor,
  signal: (f) => ramp(armsHeight(f), -0.9, 0.9),
  phases: { enter: 0.45, exit: 0.25, enterSeconds: 0.1, exitSeconds: 0.1 },
  // "To touch the floor" happens between sweeps, where a rep's faults are not collected yet: not judged.
  rules: [],
  metric: { label: 'Arms above shoulders', unit: 'torso', measure: armsHeight },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
