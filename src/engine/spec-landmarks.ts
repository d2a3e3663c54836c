/** A spec's landmarks as keypoint indices, for either side the engine may be following. */
import { LANDMARKS, type BodyRef } from './body-parts';
import type { FloorSupports } from './exercise-spec';
import type { Side } from './events';

export type BySide<T> = Record<Side, T>;

export function sideIndexes(refs: readonly BodyRef[]): BySide<number[]> {
  return { left: refs.map((r) => LANDMARKS.left[r]), right: refs.map((r) => LANDMARKS.right[r]) };
}

/** The support points of the start pose (the floor's two ends) as indices, per side. */
export function floorSupports(floor: FloorSupports): BySide<{ from: number[]; to: number[] }> {
  const from = sideIndexes(floor.from);
  const to = sideIndexes(floor.to);
  return { left: { from: from.left, to: to.left }, right: { from: from.right, to: to.right } };
}
