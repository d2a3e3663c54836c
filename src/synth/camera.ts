/**
 * A side-view camera: perspective projection of the body-frame landmarks into a 1280x720 frame,
 * BlazePose-like depth (z) and world coordinates, and detector-like scores. The camera stands on the
 * near side, looks slightly down (so the far side shows a little higher and smaller, as in the real
 * tracks), and aims at the middle of the resting body.
 */
import { KEYPOINT_NAMES, KP } from '../track/keypoint-names';
import { mirrorKeypoints, mirrorWorld } from '../track/mirror';
import type { Keypoint, WorldPoint } from '../track/track';
import { BODY, type Vec3 } from './body';
import type { Random } from './random';
import type { CameraView, Side } from './types';

export const FRAME = { width: 1280, height: 720 } as const;

/** Camera distance at scale 1, metres; far enough that perspective is mild. */
const BASE_DISTANCE = 3;
const PITCH = (18 * Math.PI) / 180;
/** Focal length in pixels that makes a standing-height body 60% of the frame width at scale 1. */
const FOCAL_PX = (0.6 * FRAME.width * BASE_DISTANCE) / BODY.stature;

/**
 * BlazePose's keypoint z is not true depth at the x scale: in the real side-view tracks
 * (shared/fixtures/real: glute-bridge, bird-dog, superman) the left-right shoulder z spread is
 * 2.5-3.4x the shoulder width at the image's own metres-to-x scale. Synthetic z copies that gain.
 */
const BLAZEPOSE_Z_GAIN = 3;

export interface View {
  /** 'front': the person faces the camera (their left on the image right); facing and nearSide then say nothing. */
  camera: CameraView;
  facing: Side;
  nearSide: Side;
  scale: number;
  offset: { x: number; y: number };
  /** Body-frame point [u, v] the camera aims at (it lands in the middle of the frame, plus offset). */
  aim: [number, number];
}

export interface Projection {
  /** x, y normalised; z hip-centred, image-width units times BlazePose's gain; score still 0 (see scoreLandmarks). */
  keypoints: Keypoint[];
  world: WorldPoint[];
}

const cameraDistance = (view: View): number => BASE_DISTANCE / view.scale;

/** Metres in the body's plane per normalised image unit, [x, y]: converts image noise to world noise. */
export const metresPerImageUnit = (view: View): [number, number] => {
  const metresPerPixel = cameraDistance(view) / FOCAL_PX;
  return [metresPerPixel * FRAME.width, metresPerPixel * FRAME.height];
};

/**
 * The body as the side camera below should see it: unchanged for a side view; for a front view
 * turned a quarter so the chest (dir(torso + s * 90) when upright, +u for the standing specs) faces
 * the camera and the body's left (+w) lies toward the image right.
 */
export function turnForView(points: Vec3[], view: Pick<View, 'camera'>): Vec3[] {
  if (view.camera === 'side') return points;
  return points.map(([u, v, w]): Vec3 => [w, v, -u]);
}

export function project(points: Vec3[], view: View): Projection {
  const distance = cameraDistance(view);
  const across = view.facing === 'right' ? 1 : -1;
  const nearIsLeft = view.nearSide === 'left';
  // Camera frame: x right, y up, z away from the camera; the camera sits `distance` back along its axis.
  const camera = points.map(([u, v, w]): Vec3 => {
    const x = across * (u - view.aim[0]);
    const up = v - view.aim[1];
    const away = nearIsLeft ? -w : w;
    const depth = distance + away * Math.cos(PITCH) - up * Math.sin(PITCH);
    const height = up * Math.cos(PITCH) + away * Math.sin(PITCH);
    return [x, height, depth];
  });
  const hip = midpoint(camera[KP.left_hip], camera[KP.right_hip]);
  const keypoints = camera.map(([x, height, depth]): Keypoint => [
    0.5 + view.offset.x + (FOCAL_PX * x) / depth / FRAME.width,
    0.5 + view.offset.y - (FOCAL_PX * height) / depth / FRAME.height,
    (BLAZEPOSE_Z_GAIN * (depth - hip[2]) * FOCAL_PX) / hip[2] / FRAME.width,
    0,
  ]);
  const world = camera.map(([x, height, depth]): WorldPoint => [x - hip[0], -(height - hip[1]), depth - hip[2]]);
  return { keypoints, world };
}

const midpoint = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];

/**
 * Typical BlazePose scores in a side view: the near side and the face are confident, the far side
 * less so and worst at the hands and feet, which the body hides. Landmarks outside the image get
 * the low scores the detector gives to guessed points.
 */
const FAR_SIDE_SCORE: Record<string, number> = {
  shoulder: 0.8,
  hip: 0.8,
  elbow: 0.68,
  knee: 0.7,
  wrist: 0.6,
  ankle: 0.65,
  heel: 0.62,
  foot_index: 0.6,
  pinky: 0.55,
  index: 0.55,
  thumb: 0.55,
};

function baseScore(index: number, nearSide: Side | 'both'): number {
  const name = KEYPOINT_NAMES[index];
  const part = name.replace(/^(left|right)_/, '');
  if (!name.startsWith('left_') && !name.startsWith('right_')) return 0.99;
  if (nearSide === 'both') return 0.95; // seen from the front, both sides are in view
  if (name.startsWith(nearSide)) return 0.97;
  return FAR_SIDE_SCORE[part] ?? 0.95; // far eye, ear, mouth corner: the face stays clear
}

const inImage = (k: Keypoint): boolean => k[0] >= 0 && k[0] <= 1 && k[1] >= 0 && k[1] <= 1;

/** Fills in scores (with a little jitter) in place. */
export function scoreLandmarks(keypoints: Keypoint[], nearSide: Side | 'both', random: Random): void {
  keypoints.forEach((k, i) => {
    const base = inImage(k) ? baseScore(i, nearSide) : 0.12;
    k[3] = Math.min(1, Math.max(0, base + (random.next() - 0.5) * 0.06));
  });
}

/** What a detector reports on a selfie-mirrored video (src/track/mirror.ts). */
export function mirrorProjection(p: Projection): Projection {
  return { keypoints: mirrorKeypoints(p.keypoints), world: mirrorWorld(p.world) };
}
