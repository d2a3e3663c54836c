import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { standingUp, trunkAngle } from './parts/standing';

export const standingCatArch = {
  id: 'standing-cat-arch',
  name: 'Standing cat arch',
  routine: { group: 'main', order: 12 },
  instructions:
    'Stand straight, stomach drawn in. Lean forward, arching your back like a cat, arms relaxed, and come back up. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle'],
  posture: standingUp,
  // Upright 90°; the arched lean brings the trunk down to ~30°.
  signal: (f) => ramp(trunkAngle(f), 82, 32),
  phases: { enter: 0.35, exit: 0.2, enterSeconds: 0.15, exitSeconds: 0.15 },
  rules: [
    {
      id: 'shallow',
      when: 'rep-end',
      ok: ({ rep }) => rep.minMetric <= 45,
      cue: 'Lean further forward and round your back',
      severity: 'info',
      landmarks: ['shoulder', 'hip'],
    },
  ],
  metric: { label: 'Trunk angle', unit: '°', measure: trunkAngle },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
