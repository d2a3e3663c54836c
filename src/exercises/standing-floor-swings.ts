import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { standingUp, STRAIGHT_ARMS_RULE } from './parts/standing';

/**
 * The hands ahead of the hips, torso lengths: behind the heels at the back of the swing, past the
 * toes in front. Ahead is where the toes point: bent over with the head down, the nose and ears
 * (which aheadOf reads) no longer say which way the person faces.
 */
const handsAhead = (f: PoseFeatures) => {
  const facing = f.xs[f.index('foot_index')] >= f.xs[f.index('heel')] ? 1 : -1;
  return (facing * (f.xs[f.index('wrist')] - f.xs[f.index('hip')])) / f.torso;
};

/**
 * "As far as possible behind, then as far as possible in front": the hands' travel over one swing,
 * torso lengths. Straight arms from a forward bend reach from behind the heels to past the toes,
 * some 1.7 torso lengths; under 1.5 the hands stop near the feet at one end or both.
 */
const FULL_SWING = 1.5;

export const standingFloorSwings = {
  id: 'standing-floor-swings',
  name: 'Standing floor swings',
  routine: { group: 'main', order: 14 },
  instructions:
    'Legs shoulder-width apart, bend forward and swing your arms to touch the floor as far behind you as you can, then as far in front. Side-on to the camera.',
  view: 'side',
  kind: 'reps',
  landmarks: ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle', 'heel', 'foot_index'],
  posture: standingUp,
  signal: (f) => ramp(handsAhead(f), -0.8, 0.8),
  phases: { enter: 0.6, exit: 0.4, enterSeconds: 0.05, exitSeconds: 0.05 },
  // Back and front is one swing: a peak of the hands in front. Half a torso each way is the least
  // that is a swing to the floor rather than arms hanging.
  cycles: { value: handsAhead, minAmplitude: 1, countAt: 'peak' },
  rules: [
    STRAIGHT_ARMS_RULE,
    {
      id: 'short-reach',
      // Judged on the whole swing, so it is advice for the next one.
      when: 'rep-end',
      ok: ({ rep, finished }) => !finished || rep.maxMetric - rep.minMetric >= FULL_SWING,
      cue: 'Swing further: touch the floor far behind you, then far in front',
      severity: 'info',
      landmarks: ['wrist', 'hip'],
    },
  ],
  reminders: ['Keep your stomach tight'],
  metric: { label: 'Hands ahead of the hips', unit: 'torso', measure: handsAhead },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
