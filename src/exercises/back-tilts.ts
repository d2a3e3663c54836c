import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { standingUp, trunkLean } from './parts/standing';

/** Degrees the trunk leans back from upright. */
const backLean = (f: PoseFeatures) => -trunkLean(f);

export const backTilts = {
  id: 'back-tilts',
  name: 'Back tilts',
  routine: { group: 'warm-up', order: 12 },
  instructions: 'Standing, tilt your upper body back, gently, and come up again. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle'],
  posture: standingUp,
  // A back tilt takes the trunk ~20-25° past upright for most people.
  signal: (f) => ramp(backLean(f), 2, 22),
  phases: { enter: 0.3, exit: 0.15, enterSeconds: 0.15, exitSeconds: 0.15 },
  rules: [
    {
      id: 'shallow',
      when: 'rep-end',
      ok: ({ rep }) => rep.maxMetric >= 14,
      cue: 'Tilt back a little further',
      severity: 'info',
      landmarks: ['shoulder', 'hip'],
    },
  ],
  metric: { label: 'Back lean', unit: '°', measure: backLean },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
