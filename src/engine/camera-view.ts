/**
 * Where is the camera, seen from the person? BlazePose's world points are metres in the camera's
 * axes (x right, y down, z away from the camera), centred on the hips. In a side view the hips'
 * and shoulders' left-right axis points along z, at the camera; from the front, from behind, from
 * the feet or the head it lies across the picture (along x). For a side-view exercise, a view more
 * than `maxOffSide` degrees off the side cannot be counted, and the person is told where the camera
 * is in plain words: at the feet or head (the body's length points at the camera) or in front.
 */
import { KP } from '../track/keypoint-names';
import type { WorldPoint } from '../track/track';
import type { CameraView } from './exercise-spec';

export type ViewProblem = 'camera-at-end' | 'camera-in-front';

/** Degrees off the side view past which a side-view exercise cannot be counted. */
export const MAX_OFF_SIDE = 65;

const DEG = 180 / Math.PI;

/** How far the camera is from a pure side view, 0 (side) .. 90 (front, back, feet or head), degrees. */
export function offSideAngle(world: readonly WorldPoint[]): number {
  const ax = world[KP.left_hip][0] - world[KP.right_hip][0] + world[KP.left_shoulder][0] - world[KP.right_shoulder][0];
  const az = world[KP.left_hip][2] - world[KP.right_hip][2] + world[KP.left_shoulder][2] - world[KP.right_shoulder][2];
  return Math.atan2(Math.abs(ax), Math.abs(az)) * DEG;
}

/** The body's length (hips to shoulders) points mostly at or away from the camera. */
function lengthTowardsCamera(world: readonly WorldPoint[]): boolean {
  const mid = (l: number, r: number, k: number) => (world[l][k] + world[r][k]) / 2;
  const d = [0, 1, 2].map((k) => mid(KP.left_shoulder, KP.right_shoulder, k) - mid(KP.left_hip, KP.right_hip, k));
  return Math.abs(d[2]) > Math.hypot(d[0], d[1]);
}

/** What is wrong with the camera's place for this exercise, or null when it can count from there. */
export function viewProblem(world: readonly WorldPoint[] | null | undefined, view: CameraView): ViewProblem | null {
  if (!world || world.length < 33 || view !== 'side') return null;
  if (offSideAngle(world) <= MAX_OFF_SIDE) return null;
  return lengthTowardsCamera(world) ? 'camera-at-end' : 'camera-in-front';
}

export const VIEW_MESSAGES: Record<ViewProblem | 'camera-moved', string> = {
  'camera-at-end': 'The camera is at your feet or head — put it at your side so it sees you side-on',
  'camera-in-front': 'The camera is in front of you — put it at your side so it sees you side-on',
  'camera-moved': 'The camera moved — hold the start position a moment while I find you again',
};
