import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { holdShortRule } from './parts/shared-rules';
import { LYING_SUPPORTS, lyingFaceDown } from './parts/postures';

/** Chest lift: hips to shoulders, degrees above the floor. */
const chestAngle = (f: PoseFeatures) => f.elevation('hip', 'shoulder');
/**
 * Leg lift: hips to ankles, degrees above the floor, of the higher leg: in the alternating
 * superman one leg lifts at a time, often the far one, read when the detector places it plausibly.
 */
export const legAngle = (f: PoseFeatures) => {
  const near = f.elevation('hip', 'ankle');
  return f.usable('opposite_ankle') ? Math.max(near, f.elevation('opposite_hip', 'opposite_ankle')) : near;
};
/**
 * An end counts as lifted once it rose this many degrees from the person's own rest: about 5 % of
 * its length, a few centimetres off the floor for any body, above the detector's jitter at rest
 * (~1-2°) and below even a small pulse's lift. Read from the rest, it does not care how thick the
 * chest is or how high the camera stands, which only move where the ends rest.
 */
const LIFTED_DEGREES = 3;
const chestLift = (f: PoseFeatures) => f.sinceRest(chestAngle);
const legLift = (f: PoseFeatures) => f.sinceRest(legAngle);
/**
 * The same lifts above the floor plane in the world points (NaN without them, so never lifted): a
 * camera above the person foreshortens a lift in the picture and moves the far side up, and the
 * picture's rest may then be taken in a small lift, where the world's floor, learnt at the first
 * rest, stays. The world's chest lift reads about a third of the picture's and its points are
 * noisier, so it only adds to the picture: legs left down are named when either shows them.
 */
const chestLiftInWorld = (f: PoseFeatures) => f.floorLift('hip', 'shoulder');
const legLiftInWorld = (f: PoseFeatures) =>
  f.usable('opposite_ankle') ? Math.max(f.floorLift('hip', 'ankle'), f.floorLift('opposite_hip', 'opposite_ankle')) : f.floorLift('hip', 'ankle');
/** One end lifted from the rest while the other stayed there (false before any rest was seen: NaN). */
const oneEndAlone = (f: PoseFeatures, lifted: (f: PoseFeatures) => number, left: (f: PoseFeatures) => number) =>
  lifted(f) >= LIFTED_DEGREES && left(f) < LIFTED_DEGREES;

/** The body's arch: how far shoulders and ankles together rise around the hips, degrees. */
export const supermanArch = (f: PoseFeatures) => 180 - f.angle('shoulder', 'hip', 'ankle');

export const superman = {
  id: 'superman',
  name: 'Superman',
  routine: { group: 'main', order: 2 },
  instructions:
    'Lying on your stomach, raise your legs and shoulders as far as your back allows and hold for 15 seconds.',
  view: 'side',
  kind: 'hold',
  landmarks: ['shoulder', 'hip', 'knee', 'ankle'],
  floor: LYING_SUPPORTS,
  posture: lyingFaceDown,
  // Either end lifting is a lift (the rules then say which end stayed down). Lying flat, the chest
  // reads a few degrees up (its thickness) and the legs a little down.
  signal: (f) => Math.max(ramp(chestAngle(f), 1, 13), ramp(legAngle(f), 2, 16)),
  phases: { enter: 0.6, exit: 0.4, enterSeconds: 0.1, exitSeconds: 0.1 },
  hold: { targetSeconds: 15, maxSeconds: 60, graceSeconds: 3, progression: { step: 3, min: 15, max: 30 } },
  rules: [
    {
      id: 'legs-down',
      // Judged whenever the person is in the exercise, not only at a counted top: a chest lifted
      // alone may be too small a lift to count, and it is still the fault to name.
      when: 'any',
      ok: (f) => !oneEndAlone(f, chestLift, legLift) && !oneEndAlone(f, chestLiftInWorld, legLiftInWorld),
      cue: 'Lift your legs too, keep them straight',
      severity: 'warn',
      landmarks: ['hip', 'knee', 'ankle'],
    },
    {
      id: 'chest-down',
      when: 'any',
      ok: (f) => !oneEndAlone(f, legLift, chestLift),
      cue: 'Lift your chest and arms off the floor',
      severity: 'warn',
      // What the rule reads: a hand stretched out of a tight frame must not silence it.
      landmarks: ['shoulder', 'hip'],
    },
    holdShortRule('Hold the lift longer — keep legs and chest up'),
  ],
  metric: { label: 'Body arch', unit: '°', measure: supermanArch },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
