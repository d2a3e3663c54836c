/**
 * Cross crunch: face up, knees bent; one elbow (hand behind the head) meets the opposite knee, the
 * other hand stays on the floor. The data describe the right elbow to the left knee; reps alternate.
 */
import type { MotionSpec } from '../types';
import { ARM_ALONG_BODY, supineBentKneesRest } from './parts/postures';

export const crossCrunchMotion: MotionSpec = {
  id: 'cross-crunch',
  front: 'ceiling',
  anchor: 'hip',
  // Both hands on the floor at rest, so the rest between sides is the same for either elbow.
  rest: supineBentKneesRest(ARM_ALONG_BODY),
  // Shoulders curl 35°, the working elbow swings toward the knees, the left knee comes to the chest.
  top: {
    torso: 35,
    neck: -15,
    armR: { upper: 120, bend: 130 },
    // The other hand stays on the floor: the arm slopes down to it from the raised shoulder.
    armL: { upper: 215 },
    legL: { upper: 100, bend: 115, end: 20 },
  },
  timing: { rise: 0.8, top: 0.4, lower: 0.8, rest: 0.6 },
  alternates: true,
  faults: {
    // "Second hand on the floor": the resting hand lifts off it.
    'hand-off-floor': { description: 'the other hand lifts ~40° off the floor', top: { armL: { upper: 140 } } },
    'short-crunch': { description: 'elbow and knee stop half way, well apart', range: 0.5 },
  },
};
