import type { ExerciseSpec } from '../engine/exercise-spec';
import { otherSide } from '../engine/body-parts';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import { MIN_VISIBLE_SCORE } from '../engine/plausible-landmark';
import { onHandsAndKnees } from './parts/postures';

// The working side is the raised leg's; the raised arm is the opposite one. Both limbs hang
// straight down at rest, where a plain elevation folds: the angles are read from the person's own
// forward (arm) and backward (thigh) horizontal, so a picture turned a few degrees either way only
// shifts rest and top alike.
const armAngle = (f: PoseFeatures) => f.facingElevation('opposite_shoulder', 'opposite_wrist', 'forward');
/** Raised thigh, hip to knee, degrees above the backward horizontal: the line the seed asks for is ~0°. */
export const thighAngle = (f: PoseFeatures) => f.facingElevation('hip', 'knee', 'back');
const otherThighAngle = (f: PoseFeatures) => f.facingElevation('opposite_hip', 'opposite_knee', 'back');
const torsoAngle = (f: PoseFeatures) => f.elevation('hip', 'shoulder');
/**
 * How far the raised leg's hip rides above the other, torso lengths. A camera a little above the
 * floor already shows the far hip higher; the shoulders, wider apart, show the same tilt about twice
 * as much, so half their offset is taken off.
 */
/**
 * Torso and head against the floor plane in the world points (NaN without them: no fault), which a
 * camera above the person does not change: looking down moves the far side up in the picture and
 * tilts its torso line, and the picture's rest may be taken in a lift. A sag or a dropped head is
 * named when either the picture or the world shows it. (The raised thigh and arm in the world, the
 * far one often scored low, put a false leg-low cue on a clean rep, so they stay in the picture.)
 */
const worldTorso = (f: PoseFeatures) => f.floorElevation('hip', 'shoulder');
const worldHeadToTorso = (f: PoseFeatures) => f.floorElevation('shoulder', 'ear') - worldTorso(f);
const pelvisRoll = (f: PoseFeatures) => f.heightAbove('hip', 'opposite_hip') - 0.5 * f.heightAbove('shoulder', 'opposite_shoulder');

export const birdDog = {
  id: 'bird-dog',
  name: 'Bird-dog',
  routine: { group: 'straightening', order: 1 },
  instructions:
    'Kneel on straight arms. Raise one straight leg and stretch the opposite straight arm forward: arm, torso, head and leg in one line. Hold, then change sides. Start with 3 seconds and build up to 30.',
  view: 'side',
  kind: 'hold',
  // The raised thigh and the supporting knee; the raised arm and foot often leave a tight frame or
  // hide behind the body, so the arm only joins the signal when it is seen, and a rule about a
  // limb out of sight is not judged.
  landmarks: ['shoulder', 'hip', 'knee', 'opposite_hip', 'opposite_knee'],
  // The floor runs from both hands to both knees, all down at rest: each centroid sits half-way
  // across the body, so a camera above the floor, which shows the far side higher, tilts neither
  // end. (The supporting hand and knee alone are on opposite sides, near and far: no floor line.)
  // A rep lifts one hand and one knee, so the line is read only at rest and held through the lift.
  floor: { from: ['wrist', 'opposite_wrist'], to: ['knee', 'opposite_knee'], liftInRep: true },
  posture: onHandsAndKnees,
  workingSide: (f) => (thighAngle(f) >= otherThighAngle(f) ? f.side : otherSide(f.side)),
  // Both limbs swing from hanging (-90°) up to level; the rep is as far along as the laggard.
  signal: (f) => {
    const leg = ramp(thighAngle(f), -86, 6);
    return f.score('opposite_wrist') >= MIN_VISIBLE_SCORE ? Math.min(leg, ramp(armAngle(f), -86, 6)) : leg;
  },
  phases: { enter: 0.45, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.3 },
  // The seed: hold 3 s at first, growing to 30 s.
  hold: { targetSeconds: 3, maxSeconds: 30, graceSeconds: 3, progression: { step: 3, min: 3, max: 30 } },
  rules: [
    {
      id: 'leg-bent',
      when: 'top',
      ok: (f) => f.angle('hip', 'knee', 'ankle') >= 150,
      cue: 'Straighten your raised leg',
      severity: 'warn',
      landmarks: ['hip', 'knee', 'ankle'],
    },
    {
      id: 'arm-low',
      when: 'top',
      ok: (f) => armAngle(f) - torsoAngle(f) >= -18,
      cue: 'Lift your arm up to shoulder height',
      severity: 'warn',
      landmarks: ['opposite_shoulder', 'opposite_elbow', 'opposite_wrist'],
    },
    {
      id: 'arm-high',
      when: 'top',
      ok: (f) => armAngle(f) - torsoAngle(f) <= 22,
      cue: 'Lower your arm to shoulder height',
      severity: 'info',
      landmarks: ['opposite_shoulder', 'opposite_elbow', 'opposite_wrist'],
    },
    {
      id: 'leg-low',
      when: 'top',
      ok: (f) => thighAngle(f) + torsoAngle(f) >= -18,
      cue: 'Lift your leg up to hip height',
      severity: 'warn',
      // The thigh is what it reads: a foot past the frame's edge must not silence it.
      landmarks: ['hip', 'knee'],
    },
    {
      id: 'leg-high',
      when: 'top',
      ok: (f) => thighAngle(f) + torsoAngle(f) <= 22,
      cue: 'Lower your leg to hip height — keep your back flat',
      severity: 'warn',
      // The thigh is what it reads: a foot past the frame's edge must not silence it.
      landmarks: ['hip', 'knee'],
    },
    {
      id: 'hips-sag',
      when: 'top',
      // Hand and supporting knee stay planted, so hips that sink tilt the torso line up towards the
      // shoulders. Read from the person's own rest on all fours, it holds for any build and camera
      // height; 8° is the hips some 0.14 torso lengths lower, a sag anyone sees, while reaching out with
      // arm and leg in good form tilts the torso by a few degrees at most.
      ok: (f) => !(f.sinceRest(torsoAngle) > 8) && !(f.floorLift('hip', 'shoulder') > 8),
      cue: "Don't let your hips sag — tighten your stomach",
      severity: 'warn',
      landmarks: ['shoulder', 'hip'],
    },
    {
      id: 'hips-twist',
      when: 'top',
      // The hip joints sit about 0.4 torso lengths apart on an adult, so 0.2 is a roll of some 30°: past
      // the 15-20° a lifted leg opens the hip in good form, in any side view (a roll moves the hips up and
      // down across the line of sight, which a side camera sees in full, at any distance).
      ok: (f) => pelvisRoll(f) <= 0.2,
      cue: 'Keep your hips level — point the raised toes at the floor',
      severity: 'warn',
      landmarks: ['hip', 'opposite_hip'],
    },
    {
      id: 'head-drop',
      when: 'top',
      ok: (f) => f.elevation('shoulder', 'ear') - torsoAngle(f) >= -20 && !(worldHeadToTorso(f) < -20),
      cue: 'Lift your head in line with your back — look at the floor just ahead',
      severity: 'info',
      landmarks: ['nose', 'ear', 'shoulder'],
    },
  ],
  metric: { label: 'Raised thigh to horizontal', unit: '°', measure: thighAngle },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
