/**
 * Prone leg swings: face down, forearms folded under the head, legs together; lift one straight
 * leg, lower it, then the other. Data: the left leg; reps alternate.
 */
import type { MotionSpec } from '../types';
import { proneRest } from './parts/postures';

// Elbows forward of the shoulders, forearms folded back under the forehead.
const FOLDED_ARM = { upper: -10, bend: 150, end: 0 };

export const proneLegSwingsMotion: MotionSpec = {
  id: 'prone-leg-swings',
  front: 'floor',
  anchor: 'hip',
  rest: { ...proneRest(FOLDED_ARM), torso: 4, neck: 0 },
  top: { legL: { upper: 155 } },
  timing: { rise: 0.7, top: 0.3, lower: 0.7, rest: 0.5 },
  alternates: true,
  faults: {
    // "Align your legs": the swinging leg bends at the knee.
    'knee-bent': { description: 'the lifted leg bends 70° at the knee', top: { legL: { bend: 70 } } },
    low: { description: 'the leg lifts a third as high (~9°)', range: 1 / 3 },
  },
};
