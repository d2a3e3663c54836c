import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { standingUp, trunkAngle } from './parts/standing';

export const standingTorsoBends = {
  id: 'standing-torso-bends',
  name: 'Standing torso bends',
  routine: { group: 'main', order: 13 },
  instructions:
    'On straight legs, bend forward raising your arms up and dropping your head; coming up, straighten your arms out in front of you. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle'],
  posture: standingUp,
  signal: (f) => ramp(trunkAngle(f), 75, -10),
  phases: { enter: 0.55, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 },
  rules: [
    {
      id: 'knees-bent',
      when: 'top',
      ok: (f) => f.angle('hip', 'knee', 'ankle') >= 155,
      cue: 'Keep your legs straight',
      severity: 'warn',
      landmarks: ['hip', 'knee', 'ankle'],
    },
    {
      // "Raise your hands up": bent over, the arms go on in line with the trunk, not hang.
      id: 'arms-down',
      when: 'top',
      ok: (f) => f.angle('hip', 'shoulder', 'wrist') >= 120,
      cue: 'Raise your arms in line with your back as you bend',
      severity: 'info',
      landmarks: ['hip', 'shoulder', 'wrist'],
    },
  ],
  metric: { label: 'Trunk angle', unit: '°', measure: trunkAngle },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
