import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { standingUp } from './parts/standing';
import { shrug } from './shoulder-shrugs';

/** A deep breath lifts the shoulders ~2 cm toward the ears (0.04 torso): the shrug's measure, smaller. */
const shoulderRise = shrug;
/** Degrees the trunk leans to one side, hips' middle to shoulders' middle, from the front. */
const sideLean = (f: PoseFeatures) => {
  const dx = (f.xs[f.index('shoulder')] + f.xs[f.index('opposite_shoulder')] - f.xs[f.index('hip')] - f.xs[f.index('opposite_hip')]) / 2 / f.torso;
  return (Math.atan2(Math.abs(dx), (f.heightAbove('shoulder', 'hip') + f.heightAbove('opposite_shoulder', 'opposite_hip')) / 2) * 180) / Math.PI;
};

export const breathingReset = {
  id: 'breathing-reset',
  name: 'Breathing reset',
  routine: { group: 'warm-up', order: 1 },
  instructions: 'Stand even and relax all your muscles. Breathe in deeply and out, with the coach, five times. Face the camera.',
  view: 'front',
  kind: 'reps',
  landmarks: ['ear', 'opposite_ear', 'shoulder', 'opposite_shoulder', 'hip', 'opposite_hip'],
  posture: standingUp,
  signal: (f) => ramp(shoulderRise(f), -0.4, -0.36),
  phases: { enter: 0.6, exit: 0.4, enterSeconds: 0.2, exitSeconds: 0.2 },
  // A breath shows only as the shoulders rising ~2 cm (0.04 torso): half of it is the least that
  // is counted. Breaths that lift nothing are not claimed; the pacer says "in ... out" regardless.
  // A detector's jitter of the shoulders is as large but quick: a breath in takes a second or more.
  cycles: { value: shoulderRise, minAmplitude: 0.03, countAt: 'peak', minSwingSeconds: 1 },
  rules: [
    {
      // "Become even": a trunk leaning to one side is what a front camera can see of it.
      id: 'leaning',
      when: 'any',
      ok: (f) => sideLean(f) < 6,
      cue: 'Stand even, shoulders over the hips',
      severity: 'info',
      landmarks: ['ear', 'opposite_ear', 'shoulder', 'opposite_shoulder', 'hip', 'opposite_hip'],
      minSeconds: 1,
      cooldown: 10,
    },
  ],
  reminders: ['Relax all your muscles'],
  paced: true,
  metric: { label: 'Shoulders toward ears', unit: 'torso', measure: shoulderRise },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
