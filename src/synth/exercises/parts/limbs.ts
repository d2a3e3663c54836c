/** Shorthands for spec data: most poses set the left and right limb alike. */
import type { LimbPose } from '../../types';

/** `both('leg', x)` is `{ legL: x, legR: x }`, for a full or partial limb pose. */
export function both<K extends 'arm' | 'leg', L extends Partial<LimbPose>>(limb: K, pose: L): Record<`${K}L` | `${K}R`, L> {
  return { [`${limb}L`]: pose, [`${limb}R`]: pose } as Record<`${K}L` | `${K}R`, L>;
}
