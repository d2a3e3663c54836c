/**
 * Is a landmark usable even though the detector is unsure of it? From behind or on the far side a
 * raised wrist or a tucked knee often scores 0.02-0.5 while its position is right. Such a point is
 * used when its position agrees with the person's body: the bone from its parent (knee for the
 * ankle, hip for the knee) is as long as the same bone on the other side, when that one is seen
 * well, else a length a body can have. A point below `minScore` is noise whatever its position.
 * Pure and per frame, so the set-up check and the engine judge a point the same way.
 */
import { KP } from '../track/keypoint-names';
import type { Keypoint } from '../track/track';
import { keypointTorsoLength } from './torso-length';

export const MIN_VISIBLE_SCORE = 0.5;
/** Below this a point is not used even where it looks plausible. */
export const MIN_PLAUSIBLE_SCORE = 0.1;
/** The bone may differ from its twin on the other side by this fraction. */
const BONE_TOLERANCE = 0.4;
/** Without a twin: the bone's length in torso lengths must lie in this range. */
const BONE_MIN_TORSO = 0.15;
const BONE_MAX_TORSO = 1.6;

/** Parent of each limb point, and its twin on the other side. */
const PARENT: Record<number, number> = {};
const TWIN: Record<number, number> = {};
for (const side of ['left', 'right'] as const) {
  const other = side === 'left' ? 'right' : 'left';
  const chain: [string, string][] = [
    ['elbow', 'shoulder'],
    ['wrist', 'elbow'],
    ['index', 'wrist'],
    ['knee', 'hip'],
    ['ankle', 'knee'],
    ['heel', 'ankle'],
    ['foot_index', 'ankle'],
  ];
  for (const [child, parent] of chain) {
    const c = KP[`${side}_${child}` as keyof typeof KP];
    PARENT[c] = KP[`${side}_${parent}` as keyof typeof KP];
    TWIN[c] = KP[`${other}_${child}` as keyof typeof KP];
  }
}

/** How far outside the picture (in frame fractions) a point may be guessed and still count as seen. */
const EDGE_MARGIN = 0.02;

/** Inside the picture, or guessed just outside it (within the margin). */
export const inPicture = (k: Keypoint): boolean => k[0] >= -EDGE_MARGIN && k[0] <= 1 + EDGE_MARGIN && k[1] >= -EDGE_MARGIN && k[1] <= 1 + EDGE_MARGIN;

/** Confident and inside the picture. */
export function isVisible(k: Keypoint, minScore = MIN_VISIBLE_SCORE): boolean {
  return k[3] >= minScore && inPicture(k);
}

function boneLength(keypoints: readonly Keypoint[], child: number, aspect: number): number {
  const a = keypoints[child];
  const b = keypoints[PARENT[child]];
  return Math.hypot((a[0] - b[0]) * aspect, a[1] - b[1]);
}

/** Visible, or unsure but where the body says it should be (its parent usable, its bone a plausible length). */
export function isUsable(keypoints: readonly Keypoint[], i: number, aspect: number): boolean {
  const k = keypoints[i];
  if (isVisible(k)) return true;
  if (k[3] < MIN_PLAUSIBLE_SCORE || !inPicture(k)) return false;
  const parent = PARENT[i];
  if (parent === undefined || !isUsable(keypoints, parent, aspect)) return false;
  const bone = boneLength(keypoints, i, aspect);
  const twin = TWIN[i];
  if (isVisible(keypoints[twin]) && isVisible(keypoints[PARENT[twin]])) {
    const ref = boneLength(keypoints, twin, aspect);
    return Math.abs(bone - ref) <= BONE_TOLERANCE * ref;
  }
  const torso = keypointTorsoLength(keypoints, aspect);
  return bone >= BONE_MIN_TORSO * torso && bone <= BONE_MAX_TORSO * torso;
}

/** Indices in `needed` that are not usable; empty when all are. */
export function unusableLandmarks(keypoints: readonly Keypoint[], needed: readonly number[], aspect: number): number[] {
  let hidden: number[] | null = null;
  for (const i of needed) if (!isUsable(keypoints, i, aspect)) (hidden ??= []).push(i);
  return hidden ?? NO_LANDMARKS;
}

const NO_LANDMARKS: number[] = [];
