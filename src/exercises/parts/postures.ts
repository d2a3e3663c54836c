/** Start positions several exercises share, as tests on the pose features. */
import type { PoseFeatures } from '../../engine/pose-features';
import type { FloorSupports } from '../../engine/exercise-spec';

/** Lying (face up or down): shoulders and feet rest on the floor. */
export const LYING_SUPPORTS: FloorSupports = { from: ['shoulder', 'opposite_shoulder'], to: ['ankle', 'opposite_ankle'] };
/** Legs held along the floor or a bench: hips to feet. */
export const LEG_SUPPORTS: FloorSupports = { from: ['hip', 'opposite_hip'], to: ['ankle', 'opposite_ankle'] };


/** Hips to shoulders, degrees above the horizontal (positive = shoulders higher). */
const torsoAngle = (f: PoseFeatures) => f.elevation('hip', 'shoulder');

/**
 * Lying face down: torso near level, and the feet no lower than the hips. Getting up (by kneeling
 * or pushing up) drops the feet under the hips before the chest rises far, so it pauses the count
 * instead of passing for a lift.
 */
export function lyingFaceDown(f: PoseFeatures): boolean {
  const torso = torsoAngle(f);
  return torso > -30 && torso < 35 && f.heightAbove('ankle', 'hip') > -0.3;
}

/**
 * Lying on the back: the torso tilts down from the hips in a bridge (up to ~35°) and up in a crunch
 * (shoulder blades off the floor, up to ~40°), but sitting up to stand goes past that and pauses
 * the count.
 */
export function lyingOnBack(f: PoseFeatures): boolean {
  const torso = torsoAngle(f);
  return torso > -50 && torso < 45;
}

/**
 * Legs held level (along the floor, or locked on a back-extension bench) while the trunk is free to
 * bend up or down. Getting up drops the knees and feet under the hips and pauses the count.
 */
export function legsHeldLevel(f: PoseFeatures): boolean {
  return Math.abs(torsoAngle(f)) < 75 && Math.abs(f.elevation('hip', 'knee')) < 30 && f.heightAbove('ankle', 'hip') > -0.3;
}

/** On hands and knees: torso near level, and the supporting knee well below the hip. */
export function onHandsAndKnees(f: PoseFeatures): boolean {
  return Math.abs(torsoAngle(f)) < 40 && f.heightAbove('opposite_hip', 'opposite_knee') > 0.4;
}
