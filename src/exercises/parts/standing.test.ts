import { describe, expect, it } from 'vitest';
import { PoseFeatures } from '../../engine/pose-features';
import { KP } from '../../track/keypoint-names';
import type { Keypoint, WorldPoint } from '../../track/track';
import { STRAIGHT_ARMS_RULE } from './standing';

/** One arm, shoulder to wrist, in the picture (straight down) and in the world (elbow bent `bend`° towards the camera). */
function arm(bend: number, withWorld: boolean): PoseFeatures {
  const kp = Array.from({ length: 33 }, () => [0.5, 0.5, 0, 0.9] as Keypoint);
  kp[KP.left_shoulder] = [0.5, 0.3, 0, 0.9];
  kp[KP.left_elbow] = [0.5, 0.45, 0, 0.9];
  kp[KP.left_wrist] = [0.5, 0.55, 0, 0.9];
  kp[KP.left_hip] = [0.5, 0.6, 0, 0.9];
  const world = Array.from({ length: 33 }, (): WorldPoint => [0, 0, 0]);
  const r = (bend * Math.PI) / 180;
  world[KP.left_shoulder] = [0, -0.3, 0];
  world[KP.left_wrist] = [0, 0.25 * Math.cos(r), -0.25 * Math.sin(r)];
  const xs = kp.map((k) => k[0]);
  const ys = kp.map((k) => k[1]);
  return new PoseFeatures().set(xs, ys, kp.map((k) => k[3]), 'left').setRaw(kp, 1, withWorld ? world : null);
}

describe('STRAIGHT_ARMS_RULE', () => {
  it('sees an elbow bent towards the camera from the world points, which the picture shows straight', () => {
    expect(STRAIGHT_ARMS_RULE.ok(arm(70, true))).toBe(false);
    expect(STRAIGHT_ARMS_RULE.ok(arm(70, false))).toBe(true);
  });

  it('leaves a nearly straight arm alone in 3D: the world points scatter a straight arm by tens of degrees', () => {
    expect(STRAIGHT_ARMS_RULE.ok(arm(45, true))).toBe(true);
  });
});
