import { describe, expect, it } from 'vitest';
import { PoseFeatures } from '../engine/pose-features';
import { KP } from '../track/keypoint-names';
import { proneHeadRaise } from './prone-head-raise';

/**
 * A prone figure seen from its left, head to the left, the chest lifted `chest` degrees about the
 * hips and the face pointing `pitch` degrees above the floor (y grows downwards).
 */
function features(chest: number, pitch: number): PoseFeatures {
  const xs = new Float64Array(33).fill(0.5);
  const ys = new Float64Array(33).fill(0.5);
  const put = (i: number, x: number, y: number) => ((xs[i] = x), (ys[i] = y));
  const up = (chest * Math.PI) / 180;
  const [sx, sy] = [0.6 - 0.2 * Math.cos(up), 0.6 - 0.2 * Math.sin(up)];
  for (const s of ['left', 'right'] as const) {
    put(KP[`${s}_hip`], 0.6, 0.6);
    put(KP[`${s}_shoulder`], sx, sy);
    put(KP[`${s}_ear`], sx - 0.04, sy - 0.03);
    put(KP[`${s}_eye`], sx - 0.04 - 0.03 * Math.cos((pitch * Math.PI) / 180), sy - 0.03 - 0.03 * Math.sin((pitch * Math.PI) / 180));
  }
  put(KP.nose, xs[KP.left_eye], ys[KP.left_eye]);
  return new PoseFeatures().set(xs, ys, new Float64Array(33).fill(0.9), 'left');
}

const headLow = proneHeadRaise.rules.find((r) => r.id === 'head-low')!;

describe('prone head raise: head-low', () => {
  it('reads the head against the torso line, so the chest lifting with it does not hide a head left down', () => {
    expect(headLow.when === 'top' && headLow.ok(features(5, -30))).toBe(true);
    // The face as far above the floor as a head raised on a flat chest, but the chest is up 20°:
    // against the spine the head has stayed down.
    expect(headLow.when === 'top' && headLow.ok(features(20, -50))).toBe(false);
    expect(headLow.when === 'top' && headLow.ok(features(0, -50))).toBe(true);
  });
});
