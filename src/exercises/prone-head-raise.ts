import type { ExerciseSpec } from '../engine/exercise-spec';
import { ramp, type PoseFeatures } from '../engine/pose-features';
import type { BodyRef } from '../engine/body-parts';
import { holdShortRule } from './parts/shared-rules';
import { LYING_SUPPORTS, lyingFaceDown } from './parts/postures';

const EARS: BodyRef[] = ['ear', 'opposite_ear'];
const FACE: BodyRef[] = ['eye', 'opposite_eye', 'nose'];

/**
 * Head pitch: the direction from the ears to the face above the horizontal, degrees. Face down it
 * points at the floor (about -80°); lifting the head to look ahead brings it up towards level. It
 * reads the head itself, so it does not depend on how the neck sits on a given body; both ears and
 * the face's centre make its baseline as long and steady as the head allows.
 */
export const headPitch = (f: PoseFeatures) => f.centroidElevation(EARS, FACE);

/**
 * How high the head rides above the shoulder, torso lengths: both ears, which the detector finds
 * even on a small figure where the face's direction is a few pixels of noise. Lying face down the
 * ears sit a little above the shoulder; raising the head lifts them by about a sixth of the torso.
 */
export const headHeight = (f: PoseFeatures) => (f.heightAbove('ear', 'shoulder') + f.heightAbove('opposite_ear', 'shoulder')) / 2;

export const proneHeadRaise = {
  id: 'prone-head-raise',
  name: 'Prone head raise',
  routine: { group: 'main', order: 1 },
  instructions:
    'Lie on your stomach, hands along the body, legs together. Raise your head, looking into the distance, and hold for 10 seconds.',
  view: 'side',
  kind: 'hold',
  landmarks: ['shoulder', 'hip', 'ear', 'opposite_ear'],
  floor: LYING_SUPPORTS,
  posture: lyingFaceDown,
  signal: (f) => ramp(headHeight(f), 0.13, 0.3),
  // The head's height wanders while it is held up (looking ahead or a little down, the chest
  // rising and settling), so the hold lasts while it stays in the upper part of the range, and a
  // dip shorter than half a second is not the head coming down.
  phases: { enter: 0.4, exit: 0.25, enterSeconds: 0.15, exitSeconds: 0.5 },
  hold: { targetSeconds: 10, maxSeconds: 60, graceSeconds: 3, progression: { step: 3, min: 10, max: 30 } },
  rules: [
    {
      id: 'head-low',
      when: 'top',
      ok: (f) => headPitch(f) >= -56,
      cue: 'Lift your head higher and look ahead',
      severity: 'warn',
      landmarks: ['nose', 'eye', 'ear'],
    },
    {
      id: 'head-cranked',
      when: 'top',
      // Against the torso line, not the floor: the chest rising and settling tilts both alike. The
      // ears-to-face direction is about square to the spine with the neck neutral, and along it
      // (0°) when the face looks straight ahead along the body, the seed's "into the distance". Past
      // that the face turns up to the ceiling: the neck is bent back further than any gaze needs,
      // for any body, since it is the head's own direction and not its height that is read.
      ok: (f) => headPitch(f) - f.elevation('hip', 'shoulder') <= 0,
      cue: "Don't crane your neck — look ahead, not up",
      severity: 'warn',
      landmarks: ['nose', 'eye', 'ear', 'shoulder', 'hip'],
    },
    holdShortRule('Hold your head up a little longer'),
  ],
  metric: { label: 'Head pitch', unit: '°', measure: headPitch },
  defaultTarget: { reps: 5, sets: 2 },
} satisfies ExerciseSpec;
