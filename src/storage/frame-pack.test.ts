import { describe, expect, it } from 'vitest';
import type { Keypoint, PoseFrame, WorldPoint } from '../track/track';
import { packFrames, packSeries, unpackFrames, unpackSeries } from './frame-pack';

const kp = (v: number): Keypoint[] => Array.from({ length: 33 }, (_, j) => [v, j / 33, -0.5, 0.9] as Keypoint);
const wp = (v: number): WorldPoint[] => Array.from({ length: 33 }, (_, j) => [v, j, 0.25] as WorldPoint);

describe('packFrames', () => {
  it('gives back the frames: times exact, coordinates to float32, missing people and world points as they were', () => {
    const frames: PoseFrame[] = [
      { t: 0.033333333, keypoints: kp(0.5), world: wp(0.1) },
      { t: 0.066666667, keypoints: null },
      { t: 0.1, keypoints: kp(0.25), world: null },
    ];
    const back = unpackFrames(packFrames(frames));
    expect(back.map((f) => f.t)).toEqual(frames.map((f) => f.t));
    expect(back[0].keypoints![3]).toEqual([0.5, expect.closeTo(3 / 33, 6), -0.5, expect.closeTo(0.9, 6)]);
    expect(back[0].world![32]).toEqual([expect.closeTo(0.1, 6), 32, 0.25]);
    expect(back[1]).toEqual({ t: 0.066666667, keypoints: null });
    expect(back[2].world).toBeUndefined();
  });

  it('keeps a long set in a few typed arrays of about 4 bytes a number', () => {
    const frames = Array.from({ length: 1000 }, (_, i) => ({ t: i / 30, keypoints: kp(i / 1000), world: wp(i) }));
    const p = packFrames(frames);
    const bytes = p.t.byteLength + p.keypoints.byteLength + p.world.byteLength + p.present.byteLength;
    expect(bytes).toBeLessThan(1000 * (33 * 7 * 4 + 16));
    expect(unpackFrames(p)).toHaveLength(1000);
  });
});

describe('packSeries', () => {
  it('keeps nulls as nulls', () => {
    const s = [{ t: 0, metric: 12.5, signal: null }, { t: 0.5, metric: null, signal: 0.25 }];
    expect(unpackSeries(packSeries(s))).toEqual(s);
  });
});
