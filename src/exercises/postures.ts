/** Start positions several exercises share, as tests on the pose features. */
import type { PoseFeatures } from '../engine/pose_features';

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
 * Lying on the back, knees bent: the shoulders stay on the floor, so the torso tilts down from the
 * hips (a bridge, up to ~35°) but never up much; sitting up to stand tilts it up and pauses the count.
 */
export function lyingOnBack(f: PoseFeatures): boolean {
  const torso = torsoAngle(f);
  return torso > -50 && torso < 20;
}

/** On hands and knees: torso near level, and the supporting knee well below the hip. */
export function onHandsAndKnees(f: PoseFeatures): boolean {
  return Math.abs(torsoAngle(f)) < 40 && f.heightAbove('opposite_hip', 'opposite_knee') > 0.4;
}
