import { describe, expect, it } from 'vitest';
import { KP } from '../track/keypoint-names';
import type { WorldPoint } from '../track/track';
import { offSideAngle, viewProblem } from './camera-view';

/**
 * World points of someone lying along `length` (hips to shoulders) with their left-right axis along
 * `across`, both unit vectors in camera axes.
 */
function lying(length: WorldPoint, across: WorldPoint): WorldPoint[] {
  const w: WorldPoint[] = Array.from({ length: 33 }, () => [0, 0, 0] as WorldPoint);
  const at = (base: WorldPoint, side: number): WorldPoint => [0, 1, 2].map((k) => base[k] + side * 0.15 * across[k]) as WorldPoint;
  const shoulders: WorldPoint = [0.5 * length[0], 0.5 * length[1], 0.5 * length[2]];
  w[KP.left_hip] = at([0, 0, 0], 1);
  w[KP.right_hip] = at([0, 0, 0], -1);
  w[KP.left_shoulder] = at(shoulders, 1);
  w[KP.right_shoulder] = at(shoulders, -1);
  return w;
}

describe('camera view from the world points', () => {
  it('a side view is 0° off the side and fine for a side-view exercise', () => {
    const side = lying([1, 0, 0], [0, 0, 1]);
    expect(offSideAngle(side)).toBeCloseTo(0);
    expect(viewProblem(side, 'side')).toBeNull();
  });

  it('45° round the person still counts', () => {
    const s = Math.SQRT1_2;
    expect(viewProblem(lying([s, 0, s], [-s, 0, s]), 'side')).toBeNull();
  });

  it('says the camera is at the feet when the body points at it', () => {
    expect(viewProblem(lying([0, 0, 1], [1, 0, 0]), 'side')).toBe('camera-at-end');
  });

  it('says the camera is in front when the hips lie across the picture', () => {
    expect(viewProblem(lying([0, -1, 0], [1, 0, 0]), 'side')).toBe('camera-in-front');
    expect(viewProblem(lying([0, -1, 0], [1, 0, 0]), 'front')).toBeNull();
    expect(viewProblem(null, 'side')).toBeNull();
  });
});
