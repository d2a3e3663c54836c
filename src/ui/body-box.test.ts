import { describe, expect, it } from 'vitest';
import type { Keypoint, PoseFrame } from '../track/track';
import { bodyBox, fitBox } from './body-box';

const frame = (pts: [number, number, number][]): PoseFrame => ({
  t: 0,
  keypoints: Array.from({ length: 33 }, (_, i) => (pts[i] ? [pts[i][0], pts[i][1], 0, pts[i][2]] : [0.5, 0.5, 0, 0]) as Keypoint),
});

describe('bodyBox', () => {
  it('boxes the confident points of all frames, padded, and fits the box into a canvas', () => {
    const frames = [frame([[0.25, 0.5, 0.9], [0.75, 0.6, 0.9], [0.99, 0.99, 0.1]]), { t: 1, keypoints: null }];
    const box = bodyBox(frames, 1000, 500, 0)!;
    expect(box).toEqual({ x0: 250, y0: 250, x1: 750, y1: 300, floor: 300 });
    const [s, ox, oy] = fitBox(box, 100, 100);
    expect(s).toBeCloseTo(0.2);
    expect(250 * s + ox).toBeCloseTo(0);
    expect(275 * s + oy).toBeCloseTo(50);
    expect(bodyBox([{ t: 0, keypoints: null }], 10, 10)).toBeNull();
  });
});
