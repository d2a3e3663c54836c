import type { ExerciseSpec } from '../engine/exercise-spec';
import { rangeShortRule } from './parts/shared-rules';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { LEG_SUPPORTS, legsHeldLevel } from './parts/postures';

/** Trunk-to-thigh angle at the hip: 180° with the body in one line. */
export const trunkLegAngle = (f: PoseFeatures) => f.angle('shoulder', 'hip', 'knee');

export const backExtension = {
  id: 'back-extension',
  name: 'Back extension',
  routine: { group: 'main', order: 7 },
  instructions:
    'Lie on your stomach, fix your legs, lock your hands behind your head. Bend your back up as high as you can.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle'],
  floor: LEG_SUPPORTS,
  posture: legsHeldLevel,
  // A rep bends the trunk away from the line of the legs and back: up from the floor (~30°), or
  // down over a bench pad and up again (~50°). Either way the hip angle leaves 180° by 20° or more.
  signal: (f) => ramp(180 - trunkLegAngle(f), 8, 22),
  phases: { enter: 0.6, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 },
  rules: [rangeShortRule('shallow', 'Bend a little further each time', ['shoulder', 'hip', 'knee'])],
  metric: { label: 'Trunk to legs angle', unit: '°', measure: trunkLegAngle },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
