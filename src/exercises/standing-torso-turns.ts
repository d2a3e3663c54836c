import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp } from '../engine/pose-features';
import { handsToTheLeft, standingUp } from './parts/standing';

export const standingTorsoTurns = {
  id: 'standing-torso-turns',
  name: 'Standing torso turns',
  routine: { group: 'straightening', order: 2 },
  instructions: 'Stand straight, arms bent at chest level. Turn your trunk left and right, swinging the arm back. Left and right is one. Face the camera.',
  view: 'front',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'wrist', 'hip', 'opposite_shoulder', 'opposite_elbow', 'opposite_wrist', 'opposite_hip'],
  posture: standingUp,
  signal: (f) => ramp(Math.abs(handsToTheLeft(f)), 0, 0.8),
  phases: { enter: 0.6, exit: 0.3, enterSeconds: 0.05, exitSeconds: 0.05 },
  cycles: { value: handsToTheLeft, minAmplitude: 0.5, countAt: 'peak', centred: true },
  rules: [
    {
      // "Arms at chest level": the elbows stay up by the shoulders.
      id: 'arms-low',
      when: 'any',
      ok: (f) => Math.max(f.heightAbove('elbow', 'shoulder'), f.heightAbove('opposite_elbow', 'opposite_shoulder')) >= -0.35,
      cue: 'Keep your elbows up at chest level',
      severity: 'info',
      landmarks: ['shoulder', 'elbow', 'opposite_elbow'],
      minSeconds: 0.5,
    },
  ],
  metric: { label: 'Hands to the left of the hips', unit: 'torso', measure: handsToTheLeft },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
