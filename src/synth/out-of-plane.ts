/**
 * The moves a side view cannot show, for standing warm-ups seen from the front: limbs out to the
 * side, shoulders lifted or moved forward, the head tilted, the trunk bent sideways or twisted, the
 * hips shifted over the feet. Applied to the landmarks body.ts built in the sagittal plane; a pose
 * without these fields is returned untouched, so side-view tracks stay exactly as they were.
 */
import { KEYPOINT_NAMES, KP, type KeypointName } from '../track/keypoint-names';
import type { BodyPose, LimbPose } from './types';
import type { Vec3 } from './body';

const rad = (deg: number): number => (deg * Math.PI) / 180;
const planar = (deg: number): Vec3 => [Math.cos(rad(deg)), Math.sin(rad(deg)), 0];

/** Rodrigues' rotation of p about the unit axis k through origin o. */
function rotate(p: Vec3, o: Vec3, k: Vec3, degrees: number): Vec3 {
  const a = rad(degrees);
  const x: Vec3 = [p[0] - o[0], p[1] - o[1], p[2] - o[2]];
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const dot = k[0] * x[0] + k[1] * x[1] + k[2] * x[2];
  const cross: Vec3 = [k[1] * x[2] - k[2] * x[1], k[2] * x[0] - k[0] * x[2], k[0] * x[1] - k[1] * x[0]];
  return [0, 1, 2].map((i) => o[i] + x[i] * cos + cross[i] * sin + k[i] * dot * (1 - cos)) as Vec3;
}

/** The face: the first 11 BlazePose landmarks (nose to mouth). */
const FACE: KeypointName[] = KEYPOINT_NAMES.slice(0, KP.left_shoulder);
const ARM_PARTS = ['elbow', 'wrist', 'index', 'pinky', 'thumb'] as const;
const LEG_PARTS = ['knee', 'ankle', 'heel', 'foot_index'] as const;
const SIDES = ['left', 'right'] as const;
const arm = (side: 'left' | 'right'): KeypointName[] => ARM_PARTS.map((p) => `${side}_${p}` as KeypointName);
const leg = (side: 'left' | 'right'): KeypointName[] => LEG_PARTS.map((p) => `${side}_${p}` as KeypointName);
const UPPER_BODY: KeypointName[] = [...FACE, 'left_shoulder', 'right_shoulder', ...arm('left'), ...arm('right')];

export function hasOutOfPlane(pose: BodyPose): boolean {
  const limbs = [pose.armL, pose.armR, pose.legL, pose.legR];
  return Boolean(
    pose.sideBend || pose.twist || pose.headTilt || pose.shoulderLift || pose.shoulderForward || pose.hipShift || limbs.some((l) => l.abduct),
  );
}

/**
 * Moves the landmarks (body frame, hip centre at the origin, in place). `s` is body.ts's frontSign:
 * the chest faces dir(torso + s * 90).
 */
export function applyOutOfPlane(points: Vec3[], pose: BodyPose, s: 1 | -1): void {
  const move = (names: KeypointName[], f: (p: Vec3) => Vec3) => names.forEach((n) => (points[KP[n]] = f(points[KP[n]])));
  const limbs: [KeypointName, KeypointName[], LimbPose, 1 | -1][] = SIDES.flatMap((side) => {
    const w = side === 'left' ? 1 : -1;
    return [
      [`${side}_shoulder`, arm(side), side === 'left' ? pose.armL : pose.armR, w],
      [`${side}_hip`, leg(side), side === 'left' ? pose.legL : pose.legR, w],
    ] as [KeypointName, KeypointName[], LimbPose, 1 | -1][];
  });
  // Abduction turns the limb about the front-back axis through its root, its far end outward.
  for (const [root, parts, limb, w] of limbs) {
    if (limb.abduct) move(parts, (p) => rotate(p, points[KP[root]], planar(pose.torso + 90), w * limb.abduct!));
  }
  const front = planar(pose.torso + s * 90);
  const along = planar(pose.torso);
  const shoulderShift: Vec3 = [0, 1, 2].map((i) => along[i] * (pose.shoulderLift ?? 0) + front[i] * (pose.shoulderForward ?? 0)) as Vec3;
  move(['left_shoulder', 'right_shoulder', ...arm('left'), ...arm('right')], (p) => [p[0] + shoulderShift[0], p[1] + shoulderShift[1], p[2] + shoulderShift[2]]);
  if (pose.headTilt) {
    const neckBase: Vec3 = [along[0] * 0.5, along[1] * 0.5, 0];
    const neckDir = pose.torso - s * pose.neck;
    move(FACE, (p) => rotate(p, neckBase, planar(neckDir - 90), pose.headTilt!));
  }
  const hip: Vec3 = [0, 0, 0];
  // Twist turns the chest toward +w; a side bend tips the shoulders toward +w.
  if (pose.twist) move(UPPER_BODY, (p) => rotate(p, hip, [s * along[0], s * along[1], 0], pose.twist!));
  if (pose.sideBend) move(UPPER_BODY, (p) => rotate(p, hip, planar(pose.torso - 90), pose.sideBend!));
  if (pose.hipShift) {
    const d = pose.hipShift;
    move([...UPPER_BODY, 'left_hip', 'right_hip'], (p) => [p[0], p[1], p[2] + d]);
    move(['left_knee', 'right_knee'], (p) => [p[0], p[1], p[2] + d / 2]);
  }
}
