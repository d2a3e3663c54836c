import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { LYING_SUPPORTS, lyingFaceDown } from './parts/postures';
import { headHeight } from './prone-head-raise';
import { legAngle } from './superman';

export const proneHeadLegRaise = {
  id: 'prone-head-leg-raise',
  name: 'Prone head and leg raise',
  routine: { group: 'main', order: 3 },
  instructions: 'Lying on your stomach, arms along the body, raise your head and both legs at the same time, then lower them.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle', 'ear', 'opposite_ear'],
  floor: LYING_SUPPORTS,
  posture: lyingFaceDown,
  // Either end lifting is a lift; the rules say which one stayed down ("at the same time").
  signal: (f) => Math.max(ramp(headHeight(f), 0.13, 0.3), ramp(legAngle(f), 2, 16)),
  phases: { enter: 0.5, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 },
  rules: [
    {
      id: 'legs-down',
      when: 'top',
      ok: (f) => legAngle(f) >= 6,
      cue: 'Lift your legs together with your head',
      severity: 'warn',
      landmarks: ['hip', 'knee', 'ankle'],
    },
    {
      id: 'head-down',
      when: 'top',
      ok: (f) => headHeight(f) >= 0.2,
      cue: 'Lift your head together with your legs',
      severity: 'warn',
      landmarks: ['nose', 'ear', 'shoulder'],
    },
  ],
  metric: { label: 'Leg lift', unit: '°', measure: legAngle },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
