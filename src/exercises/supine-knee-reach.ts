import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { LYING_SUPPORTS, lyingOnBack } from './parts/postures';

/** Shoulders curled off the floor: hips to shoulders, degrees above the floor. */
const curl = (f: PoseFeatures) => f.elevation('hip', 'shoulder');

export const supineKneeReach = {
  id: 'supine-knee-reach',
  name: 'Supine knee reach',
  routine: { group: 'main', order: 4 },
  instructions: 'Lie on your back and bend your knees. Curl up and stretch your palms towards your knees, then lie back.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'wrist'],
  floor: LYING_SUPPORTS,
  posture: lyingOnBack,
  signal: (f) => ramp(curl(f), 3, 27),
  phases: { enter: 0.25, exit: 0.12, enterSeconds: 0.1, exitSeconds: 0.1 },
  rules: [
    {
      id: 'short-reach',
      when: 'top',
      ok: (f) => curl(f) >= 18,
      cue: 'Curl up further and reach for your knees',
      severity: 'info',
      landmarks: ['shoulder', 'wrist', 'knee'],
    },
  ],
  metric: { label: 'Shoulder curl', unit: '°', measure: curl },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
