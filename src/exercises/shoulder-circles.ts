import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { aheadOf, standingUp } from './parts/standing';

/** Shoulder above the ear line's resting offset: how far the shoulder rides up toward the ear, torso lengths. */
const shoulderLift = (f: PoseFeatures) => -f.heightAbove('ear', 'shoulder');
/** Shoulder ahead of the ear, torso lengths (the head stays while the shoulder goes round). */
const shoulderAhead = (f: PoseFeatures) => aheadOf(f, 'shoulder', 'ear');

export const shoulderCircles = {
  id: 'shoulder-circles',
  name: 'Shoulder circles',
  routine: { group: 'warm-up', order: 3 },
  instructions: 'Circle your shoulders: 5 forward, then 5 backward. Stand side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['ear', 'shoulder', 'hip', 'ankle'],
  posture: standingUp,
  signal: (f) => ramp(shoulderLift(f), -0.4, -0.3),
  phases: { enter: 0.6, exit: 0.4, enterSeconds: 0.05, exitSeconds: 0.05 },
  // Going up in front is a forward circle (counter-clockwise in forward/up). The circle is small
  // (~6 cm across, a tenth of a torso) and a detector's shoulder jitters by a centimetre or two, so
  // three quarters of it is the least that counts: a sloppy small circle may go uncounted.
  cycles: { value: shoulderLift, across: shoulderAhead, minAmplitude: 0.09, countAt: 'peak', directions: ['forward', 'backward'] },
  rules: [],
  metric: { label: 'Shoulders toward ears', unit: 'torso', measure: shoulderLift },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
