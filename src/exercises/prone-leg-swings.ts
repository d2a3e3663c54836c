import type { ExerciseSpec } from '../engine/exercise-spec';
import { otherSide } from '../engine/body-parts';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { LYING_SUPPORTS, lyingFaceDown } from './parts/postures';

/** The working leg's lift: hip to ankle, degrees above the floor. */
const legLift = (f: PoseFeatures) => f.elevation('hip', 'ankle');

export const proneLegSwings = {
  id: 'prone-leg-swings',
  name: 'Prone leg swings',
  routine: { group: 'main', order: 16 },
  instructions: 'Lie on your stomach, arms folded under your head, legs together. Lift one straight leg, lower it, then the other.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle', 'opposite_hip', 'opposite_knee', 'opposite_ankle'],
  floor: LYING_SUPPORTS,
  posture: lyingFaceDown,
  // Each lift is one rep, of whichever leg is higher.
  workingSide: (f) => (legLift(f) >= f.elevation('opposite_hip', 'opposite_ankle') ? f.side : otherSide(f.side)),
  signal: (f) => ramp(legLift(f), 2, 16),
  phases: { enter: 0.4, exit: 0.2, enterSeconds: 0.1, exitSeconds: 0.1 },
  rules: [
    {
      // "Align your legs": the swinging leg stays straight.
      id: 'knee-bent',
      // A swing is quick: judged through the whole lift, not only at its brief top.
      when: 'up',
      ok: (f) => f.angle('hip', 'knee', 'ankle') >= 145,
      minSeconds: 0.15,
      cue: 'Keep the lifted leg straight',
      severity: 'warn',
      landmarks: ['hip', 'knee', 'ankle'],
    },
    {
      id: 'low',
      when: 'rep-end',
      ok: ({ rep }) => rep.maxMetric >= 14,
      cue: 'Lift the leg higher',
      severity: 'info',
      landmarks: ['hip', 'ankle'],
    },
  ],
  metric: { label: 'Leg lift', unit: '°', measure: legLift },
  defaultTarget: { reps: 10, sets: 2 },
} satisfies ExerciseSpec;
