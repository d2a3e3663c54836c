/**
 * The stick figure: from a BodyPose to the 33 BlazePose landmarks in a body-fixed frame, metres.
 * Frame: u along the floor toward where the head points, v up from the floor, w toward the body's
 * left. Joints of one side share a parasagittal plane (a constant w), which is what a side view of
 * these exercises shows; the camera (camera.ts) turns w into depth. Moves out of that plane
 * (standing warm-ups) are added by out-of-plane.ts.
 */
import { KEYPOINT_NAMES, KP, type KeypointName } from '../track/keypoint-names';
import { applyOutOfPlane, hasOutOfPlane } from './out-of-plane';
import type { BodyPose, MotionSpec, LimbPose } from './types';

export type Vec3 = [number, number, number];
type Vec2 = [number, number];

/** Adult segment lengths and half-widths (m), roughly a 1.75 m person; joint centres, not skin. */
export const BODY = {
  stature: 1.75,
  torso: 0.5, // hip centre to shoulder centre
  neck: 0.19, // shoulder centre to the midpoint of the ears
  upperArm: 0.29,
  forearm: 0.25,
  thigh: 0.44,
  shank: 0.42,
  shoulderHalfWidth: 0.18,
  hipHalfWidth: 0.09,
  // Arms and legs sit a little outside their root joint, as a relaxed body holds them.
  elbowHalfWidth: 0.19,
  wristHalfWidth: 0.19,
  kneeHalfWidth: 0.1,
  ankleHalfWidth: 0.1,
} as const;

/** Face landmarks relative to the ear midpoint: [forward along the face, up along the neck, toward the left]. */
const FACE: Partial<Record<KeypointName, Vec3>> = {
  nose: [0.1, -0.02, 0],
  left_eye_inner: [0.085, 0.025, 0.015],
  left_eye: [0.08, 0.03, 0.03],
  left_eye_outer: [0.07, 0.03, 0.045],
  right_eye_inner: [0.085, 0.025, -0.015],
  right_eye: [0.08, 0.03, -0.03],
  right_eye_outer: [0.07, 0.03, -0.045],
  left_ear: [0, 0, 0.075],
  right_ear: [0, 0, -0.075],
  mouth_left: [0.085, -0.06, 0.025],
  mouth_right: [0.085, -0.06, -0.025],
};

const rad = (deg: number): number => (deg * Math.PI) / 180;
const dir = (deg: number): Vec2 => [Math.cos(rad(deg)), Math.sin(rad(deg))];
const add = (p: Vec2, d: Vec2, length: number): Vec2 => [p[0] + d[0] * length, p[1] + d[1] * length];
const at = (p: Vec2, w: number): Vec3 => [p[0], p[1], w];

/**
 * +1 when the front faces the ceiling with the torso level, -1 when it faces the floor. It fixes
 * which way an anatomical bend turns in the picture: a knee flexes toward the back of the body.
 */
export const frontSign = (spec: Pick<MotionSpec, 'front'>): 1 | -1 => (spec.front === 'ceiling' ? 1 : -1);

interface LimbPoints {
  root: Vec2;
  middle: Vec2;
  end: Vec2;
  /** Directions of the distal segment and of the hand or foot. */
  distalDir: number;
  tipDir: number;
}

/** Chain of one limb; elbows flex toward the front, knees toward the back. */
function limbChain(root: Vec2, limb: LimbPose, lengths: [number, number], bendSign: number, tipOffset: number): LimbPoints {
  const middle = add(root, dir(limb.upper), lengths[0]);
  const distalDir = limb.upper + bendSign * limb.bend;
  const end = add(middle, dir(distalDir), lengths[1]);
  return { root, middle, end, distalDir, tipDir: distalDir + tipOffset };
}

type Side = 'left' | 'right';
const lateral = (side: Side): 1 | -1 => (side === 'left' ? 1 : -1);

/** The 33 landmarks in KP order, body frame, metres. */
export function bodyLandmarks(pose: BodyPose, spec: Pick<MotionSpec, 'front' | 'anchor'>): Vec3[] {
  const s = frontSign(spec);
  const hipCentre: Vec2 = [0, 0];
  const shoulderCentre = add(hipCentre, dir(pose.torso), BODY.torso);
  const points = new Array<Vec3>(KEYPOINT_NAMES.length);
  const put = (name: KeypointName, p: Vec3) => {
    points[KP[name]] = p;
  };

  // Head: extension tips the head toward the back of the body.
  const neckDir = pose.torso - s * pose.neck;
  const earMid = add(shoulderCentre, dir(neckDir), BODY.neck);
  const faceDir = dir(neckDir + s * 90);
  const upDir = dir(neckDir);
  for (const [name, [forward, up, left]] of Object.entries(FACE) as [KeypointName, Vec3][]) {
    put(name, at(add(add(earMid, faceDir, forward), upDir, up), left));
  }

  for (const side of ['left', 'right'] as const) {
    const w = lateral(side);
    const arm = limbChain(shoulderCentre, side === 'left' ? pose.armL : pose.armR, [BODY.upperArm, BODY.forearm], -s, 0);
    const hand = side === 'left' ? pose.armL.end : pose.armR.end;
    const handDir = dir(arm.distalDir - s * hand);
    put(`${side}_shoulder`, at(arm.root, w * BODY.shoulderHalfWidth));
    put(`${side}_elbow`, at(arm.middle, w * BODY.elbowHalfWidth));
    put(`${side}_wrist`, at(arm.end, w * BODY.wristHalfWidth));
    put(`${side}_index`, at(add(arm.end, handDir, 0.085), w * BODY.wristHalfWidth));
    put(`${side}_pinky`, at(add(arm.end, handDir, 0.075), w * (BODY.wristHalfWidth + 0.025)));
    put(`${side}_thumb`, at(add(arm.end, handDir, 0.045), w * (BODY.wristHalfWidth - 0.025)));

    // Pelvis roll moves each hip toward the back (or front) and changes its width as seen from above.
    const roll = rad(pose.pelvisRoll) * w;
    const hip = add(hipCentre, dir(pose.torso - s * 90), BODY.hipHalfWidth * Math.sin(roll));
    const hipW = w * BODY.hipHalfWidth * Math.cos(roll);
    const legPose = side === 'left' ? pose.legL : pose.legR;
    // The foot points to the front of the shin; plantarflexion turns it toward the shin's line.
    const leg = limbChain(hip, legPose, [BODY.thigh, BODY.shank], s, -s * (90 - legPose.end));
    const lift = hipW - w * BODY.hipHalfWidth; // the whole leg follows its hip sideways
    put(`${side}_hip`, at(hip, hipW));
    put(`${side}_knee`, at(leg.middle, w * BODY.kneeHalfWidth + lift));
    put(`${side}_ankle`, at(leg.end, w * BODY.ankleHalfWidth + lift));
    const shinDir = dir(leg.distalDir);
    const footDir = dir(leg.tipDir);
    put(`${side}_heel`, at(add(add(leg.end, shinDir, 0.05), footDir, -0.045), w * BODY.ankleHalfWidth + lift));
    put(`${side}_foot_index`, at(add(add(leg.end, shinDir, 0.03), footDir, 0.15), w * BODY.ankleHalfWidth + lift));
  }
  if (hasOutOfPlane(pose)) applyOutOfPlane(points, pose, s);
  // Built around the hip centre; now move the whole body so the anchor lands where the pose says.
  const left = points[KP[`left_${spec.anchor}`]];
  const right = points[KP[`right_${spec.anchor}`]];
  const shift: Vec2 = [pose.anchor[0] - (left[0] + right[0]) / 2, pose.anchor[1] - (left[1] + right[1]) / 2];
  return points.map(([u, v, w]) => [u + shift[0], v + shift[1], w]);
}
