import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';

/** The hips above the hands and feet on the floor, torso lengths: ~0 lying, ~1.5 in a full bridge. */
const hipHeight = (f: PoseFeatures) => f.aboveLine('hip', 'wrist', 'ankle');
/** On the back or up in a bridge: hands and feet both below the hips (standing up is neither). */
const bridgePosture = (f: PoseFeatures) => Math.abs(f.elevation('wrist', 'ankle')) < 35 && f.heightAbove('shoulder', 'ankle') < 1;

/**
 * "Bend as deeply as your back allows": a full wheel lifts the hips some 1.5 torso lengths above
 * the hands and feet. Under 1.1 the hips sag towards the line of the shoulders and knees.
 */
const FULL_BRIDGE = 1.1;

export const wheelBridge = {
  id: 'wheel-bridge',
  name: 'Wheel bridge',
  routine: { group: 'straightening', order: 3 },
  instructions: 'Lie on your back, hands by your ears and feet close. Push up on hands and feet into a bridge, hips highest, and hold. Side-on to the camera.',
  view: 'side',
  kind: 'hold',
  landmarks: ['shoulder', 'wrist', 'hip', 'knee', 'ankle'],
  // Hands and feet stay on the floor all through: their line is the floor.
  floor: { from: ['wrist', 'opposite_wrist'], to: ['ankle', 'opposite_ankle'] },
  posture: bridgePosture,
  signal: (f) => ramp(hipHeight(f), 0.1, 1.0),
  phases: { enter: 0.5, exit: 0.25, enterSeconds: 0.1, exitSeconds: 0.1 },
  hold: { targetSeconds: 3, maxSeconds: 30, graceSeconds: 1, progression: { step: 3, min: 3, max: 30 } },
  rules: [
    {
      id: 'hips-low',
      when: 'top',
      ok: (f) => hipHeight(f) >= FULL_BRIDGE,
      cue: 'Push your hips higher: hips the highest point',
      severity: 'warn',
      landmarks: ['shoulder', 'hip', 'knee'],
    },
  ],
  metric: { label: 'Hips above hands and feet', unit: 'torso', measure: hipHeight },
  defaultTarget: { reps: 1, sets: 2 },
} satisfies ExerciseSpec;
