import { describe, expect, it } from 'vitest';
import { jointAngle } from './joint-angle';
import { jointAngle3d } from './joint-angle-3d';
import { segmentAngle } from './segment-angle';
import { pointLineDistance } from './point-line-distance';
import { hipCentre, keypointTorsoLength, torsoLength } from './torso-length';
import type { Keypoint } from '../track/track';
import { KP } from '../track/keypoint-names';

describe('jointAngle', () => {
  it('is 180 for a straight limb and 90 for a right angle', () => {
    expect(jointAngle(0, 0, 1, 0, 2, 0)).toBeCloseTo(180);
    expect(jointAngle(0, 0, 1, 0, 1, 1)).toBeCloseTo(90);
  });
  it('does not depend on the direction the limb points', () => {
    expect(jointAngle(2, 0, 1, 0, 1, 1)).toBeCloseTo(jointAngle(0, 0, 1, 0, 1, 1));
  });
});

describe('jointAngle3d', () => {
  it('is the picture angle for points in one plane, and sees a bend in depth', () => {
    expect(jointAngle3d([0, 0, 0], [1, 0, 0], [1, 1, 0])).toBeCloseTo(jointAngle(0, 0, 1, 0, 1, 1));
    expect(jointAngle3d([0, 0, 0], [1, 0, 0], [2, 0, 0])).toBeCloseTo(180);
    expect(jointAngle3d([0, 0, 0], [1, 0, 0], [1, 0, 1])).toBeCloseTo(90);
  });
});

describe('segmentAngle', () => {
  it('is positive when the end is higher (image y grows down)', () => {
    expect(segmentAngle(0, 1, 1, 0)).toBeCloseTo(45);
    expect(segmentAngle(0, 0, 1, 1)).toBeCloseTo(-45);
  });
  it('reads the same mirrored', () => {
    expect(segmentAngle(0, 1, -1, 0)).toBeCloseTo(segmentAngle(0, 1, 1, 0));
  });
});

describe('pointLineDistance', () => {
  it('is positive above a horizontal line, whichever way it is drawn', () => {
    expect(pointLineDistance(0.5, -0.2, 0, 0, 1, 0)).toBeCloseTo(0.2);
    expect(pointLineDistance(0.5, -0.2, 1, 0, 0, 0)).toBeCloseTo(0.2);
    expect(pointLineDistance(0.5, 0.3, 1, 0, 0, 0)).toBeCloseTo(-0.3);
  });
});

describe('torsoLength', () => {
  it('measures mid-shoulder to mid-hip', () => {
    const xs = new Float64Array(33);
    const ys = new Float64Array(33);
    ys[KP.left_hip] = ys[KP.right_hip] = 0.5;
    xs[KP.left_shoulder] = xs[KP.right_shoulder] = 0.3;
    ys[KP.left_shoulder] = ys[KP.right_shoulder] = 0.1;
    expect(torsoLength(xs, ys)).toBeCloseTo(0.5);
  });

  it('measures raw keypoints the same, x scaled by the aspect ratio', () => {
    const k: Keypoint[] = Array.from({ length: 33 }, () => [0, 0, 0, 1]);
    k[KP.left_hip] = [0.4, 0.5, 0, 1];
    k[KP.right_hip] = [0.6, 0.5, 0, 1];
    k[KP.left_shoulder] = k[KP.right_shoulder] = [0.5 + 0.3 / 2, 0.1, 0, 1];
    expect(hipCentre(k, 2)).toEqual([1, 0.5]);
    expect(keypointTorsoLength(k, 2)).toBeCloseTo(0.5);
  });
});
