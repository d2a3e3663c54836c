/**
 * Side-relative landmark names for exercise specs. A spec says `knee` for the knee of the working
 * side and `opposite_knee` for the other one; which BlazePose index that is depends on the side the
 * engine chose for this frame, so a spec never hard-codes left or right.
 */
import { KP } from '../track/keypoint-names';
import type { Side } from './events';

export const LIMB_PARTS = ['ear', 'eye', 'shoulder', 'elbow', 'wrist', 'index', 'hip', 'knee', 'ankle', 'heel', 'foot_index'] as const;
export type LimbPart = (typeof LIMB_PARTS)[number];
export type BodyRef = LimbPart | `opposite_${LimbPart}` | 'nose';

export type LandmarkTable = Readonly<Record<BodyRef, number>>;

function table(side: Side): LandmarkTable {
  const other: Side = side === 'left' ? 'right' : 'left';
  const entries: [string, number][] = [['nose', KP.nose]];
  for (const part of LIMB_PARTS) {
    entries.push([part, KP[`${side}_${part}`]]);
    entries.push([`opposite_${part}`, KP[`${other}_${part}`]]);
  }
  return Object.freeze(Object.fromEntries(entries)) as LandmarkTable;
}

export const LANDMARKS: Readonly<Record<Side, LandmarkTable>> = { left: table('left'), right: table('right') };

export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');
