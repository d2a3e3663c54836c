/**
 * Bird-dog: on hands and knees (thighs and arms vertical, torso level), reach one arm forward and
 * the opposite leg back, both straight and in line with the torso; hold; lower; change sides.
 * The data describe the rep that raises the LEFT leg and RIGHT arm; the other side is its mirror.
 * The hip is the anchor: it stays put while the limbs move.
 */
import type { RuleId } from '../../engine/exercise-spec';
import type { birdDog } from '../../exercises/bird-dog';
import type { MotionSpec } from '../types';
import { both } from './parts/limbs';

// Hip joints 0.52 m up (knee centre 8 cm above the floor), shoulders 4 cm higher: torso line 4°.
const TORSO = 4;
// The torso line continued behind the hip, which a straight raised leg should follow. Written as
// -176° rather than 184° so the thigh swings back from -90° (down), not forward over the top.
const LEG_LINE = TORSO - 180;
const REACH = 35; // how far off the line arm-low/arm-high/leg-low/leg-high are

export const birdDogMotion = {
  id: 'bird-dog',
  front: 'floor',
  anchor: 'hip',
  rest: {
    anchor: [0, 0.52],
    torso: TORSO,
    neck: 0,
    pelvisRoll: 0,
    // Hands flat, fingers forward; shins and insteps on the floor.
    ...both('arm', { upper: -90, bend: 0, end: 90 }),
    ...both('leg', { upper: -90, bend: 90, end: 90 }),
  },
  top: { armR: { upper: TORSO, end: 0 }, legL: { upper: LEG_LINE, bend: 0, end: 60 } },
  timing: { rise: 1, top: 0, lower: 1, rest: 1.5 },
  holdSeconds: 3,
  alternates: true,
  faults: {
    'leg-bent': { description: 'the raised knee stays bent ~60°', top: { legL: { bend: 60 } } },
    'arm-low': { description: `the raised arm is ${REACH}° below the torso line`, top: { armR: { upper: TORSO - REACH } } },
    'arm-high': { description: `the raised arm is ${REACH}° above the torso line`, top: { armR: { upper: TORSO + REACH } } },
    'leg-low': { description: `the raised leg is ${REACH}° below the torso line`, top: { legL: { upper: LEG_LINE + REACH } } },
    'leg-high': { description: `the raised leg is ${REACH}° above the torso line`, top: { legL: { upper: LEG_LINE - REACH } } },
    'hips-sag': {
      // Hip 10 cm (0.2 torso lengths) lower with the shoulders kept put: the torso line tilts 12° from
      // its rest; the raised thigh stays level.
      description: 'the back sags: the hip drops 0.2 torso lengths, tilting the torso 12° up to the shoulders',
      top: { anchor: [0.018, 0.417], torso: 16, legL: { upper: LEG_LINE - 4 } },
    },
    'hips-twist': {
      // 45° of roll separates the hips vertically by 2 x 0.09 x sin 45° = 0.13 m = 0.25 torso lengths.
      description: 'the pelvis rolls open: the raised leg\'s hip lifts above the other',
      top: { pelvisRoll: 45 },
    },
    'head-drop': { description: 'the head hangs: neck flexed 45° below the torso line', top: { neck: -45 } },
  },
} satisfies MotionSpec<RuleId<typeof birdDog>>;
