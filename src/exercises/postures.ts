/** Start positions several exercises share, as tests on the pose features. */
import type { PoseFeatures } from '../engine/pose_features';

/**
 * Lying (face up or down): the torso is closer to level than to upright. Generous, because a bridge
 * tilts it ~25° and a superman lifts the chest; a person standing or walking reads ~90° and pauses
 * the counting.
 */
export function lyingDown(f: PoseFeatures): boolean {
  return Math.abs(f.elevation('hip', 'shoulder')) < 50;
}

/** On hands and knees: torso near level, and the supporting knee well below the hip. */
export function onHandsAndKnees(f: PoseFeatures): boolean {
  return Math.abs(f.elevation('hip', 'shoulder')) < 40 && f.heightAbove('opposite_hip', 'opposite_knee') > 0.4;
}
