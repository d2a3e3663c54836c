import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { trunkAngle } from './parts/standing';

/** Hips above the hands, torso lengths: ~1 kneeling on the hands, ~1.5 pushed up on straight legs. */
const hipHeight = (f: PoseFeatures) => f.heightAbove('hip', 'wrist');
/** Weight on the hands: the wrists well under the shoulders and the trunk far from upright. */
const onHands = (f: PoseFeatures) => f.heightAbove('shoulder', 'wrist') > 0.3 && Math.abs(trunkAngle(f)) < 65;

export const pikeRaise = {
  id: 'pike-raise',
  name: 'Pike raise',
  routine: { group: 'main', order: 15 },
  instructions:
    'Kneel and lean on the floor with straight arms. Raise the pelvis on straight legs, weight on the hands, then return. Side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'wrist', 'hip', 'knee', 'ankle'],
  posture: onHands,
  signal: (f) => ramp(hipHeight(f), 1.05, 1.45),
  phases: { enter: 0.4, exit: 0.2, enterSeconds: 0.1, exitSeconds: 0.1 },
  rules: [
    {
      id: 'knees-bent',
      when: 'top',
      ok: (f) => f.angle('hip', 'knee', 'ankle') >= 150,
      cue: 'Straighten your legs as the pelvis goes up',
      severity: 'warn',
      landmarks: ['hip', 'knee', 'ankle'],
    },
    {
      id: 'hips-low',
      when: 'rep-end',
      ok: ({ rep }) => rep.maxMetric >= 1.38,
      cue: 'Push your pelvis higher',
      severity: 'info',
      landmarks: ['hip', 'wrist'],
    },
  ],
  metric: { label: 'Hips above hands', unit: 'torso', measure: hipHeight },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
