import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { seatedOnFloor, trunkAngle } from './parts/standing';

export const seatedForwardLean = {
  id: 'seated-forward-lean',
  name: 'Seated forward lean',
  routine: { group: 'main', order: 10 },
  instructions:
    'Sit with your legs apart, arms bent at chest level. Straighten your arms forward without lowering them and lean forward as deep as you can, then come back. Sit side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle'],
  posture: seatedOnFloor,
  // Sitting up 90°; a deep lean brings the trunk to ~35°.
  signal: (f) => ramp(trunkAngle(f), 82, 42),
  phases: { enter: 0.45, exit: 0.25, enterSeconds: 0.15, exitSeconds: 0.15 },
  rules: [
    {
      // "Without lowering the arms": the hands stay about level with the shoulders.
      id: 'arms-lowered',
      when: 'up',
      ok: (f) => f.heightAbove('wrist', 'shoulder') >= -0.45,
      cue: 'Keep your arms up at chest level',
      severity: 'warn',
      landmarks: ['shoulder', 'wrist'],
      minSeconds: 0.3,
    },
    {
      id: 'shallow',
      when: 'rep-end',
      ok: ({ rep }) => rep.minMetric <= 50,
      cue: 'Lean further, as deep as you can',
      severity: 'info',
      landmarks: ['shoulder', 'hip'],
    },
  ],
  metric: { label: 'Trunk angle', unit: '°', measure: trunkAngle },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
