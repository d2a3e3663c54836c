import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { LYING_SUPPORTS, lyingOnBack } from './parts/postures';

/**
 * Shoulder-hip-knee angle, signed: 180° when they are in one line, below 180° while the hips are
 * under the line, above 180° when they are pushed past it (lower back arched).
 */
export function pelvisLineAngle(f: PoseFeatures): number {
  const angle = f.angle('shoulder', 'hip', 'knee');
  return f.aboveLine('hip', 'shoulder', 'knee') > 0 ? 360 - angle : angle;
}

/** How far the hips are lifted: the torso's tilt down from hips to shoulders, degrees. */
const hipLift = (f: PoseFeatures) => -f.elevation('hip', 'shoulder');
const kneeAngle = (f: PoseFeatures) => f.angle('hip', 'knee', 'ankle');
const EXIT = 0.3;

export const gluteBridge = {
  id: 'glute-bridge',
  name: 'Glute bridge',
  routine: { group: 'main', order: 17 },
  instructions:
    'Lie on your back, knees bent, arms along the body. Raise the pelvis until pelvis, knees and torso are in one line, then lower it.',
  view: 'side',
  kind: 'reps',
  // What the count (the torso's tilt) and the bridge's line (metric, hips-low, over-arch) read. The
  // feet, which only the feet-far/near hints read, may leave the picture without stopping the count.
  landmarks: ['shoulder', 'hip', 'knee'],
  floor: LYING_SUPPORTS,
  posture: lyingOnBack,
  // Lying flat the torso is level (a few degrees either way); at the top it tilts ~25°.
  signal: (f) => ramp(hipLift(f), 3, 21),
  phases: { enter: 0.4, exit: EXIT, enterSeconds: 0.1, exitSeconds: 0.15 },
  rules: [
    {
      // Judged at the top, while the person can still push higher (at the rep's end it would come
      // while they are already lowering).
      id: 'hips-low',
      when: 'top',
      ok: (f) => pelvisLineAngle(f) >= 168,
      minSeconds: 0.15,
      cue: 'Push your hips higher, up to a straight line from shoulders to knees',
      severity: 'warn',
      landmarks: ['shoulder', 'hip', 'knee'],
    },
    {
      id: 'over-arch',
      when: 'top',
      ok: (f) => pelvisLineAngle(f) <= 192,
      cue: "Don't arch your back — stop when shoulders, hips and knees are in line",
      severity: 'error',
      landmarks: ['shoulder', 'hip', 'knee'],
    },
    {
      id: 'feet-far',
      when: 'top',
      ok: (f) => kneeAngle(f) <= 112,
      cue: 'Bring your feet closer to your hips',
      severity: 'info',
      landmarks: ['hip', 'knee', 'ankle'],
    },
    {
      id: 'feet-near',
      when: 'top',
      ok: (f) => kneeAngle(f) >= 68,
      cue: 'Move your feet a little further from your hips',
      severity: 'info',
      landmarks: ['hip', 'knee', 'ankle'],
    },
    {
      id: 'lower-fast',
      when: 'rep-end',
      // Seconds the lowering would take over the full range at this rep's pace, so a low bridge
      // (less to lower) is not called fast for arriving sooner.
      ok: ({ rep }) => rep.lowerSeconds === null || rep.lowerSeconds / Math.max(0.1, rep.peak - EXIT) >= 0.5,
      cue: 'Lower your hips slowly',
      severity: 'warn',
      landmarks: ['hip'],
    },
  ],
  metric: { label: 'Shoulder–hip–knee angle', unit: '°', measure: pelvisLineAngle },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
