import { describe, expect, it } from 'vitest';
import { KP } from './keypoint-names';
import { mirrorPoseFrame } from './mirror';
import type { Keypoint, PoseFrame, WorldPoint } from './track';

/** A frame whose every landmark sits somewhere different. */
const frame: PoseFrame = {
  t: 1.5,
  keypoints: Array.from({ length: 33 }, (_, i) => [0.1 + i / 50, 0.2 + i / 80, i / 100, 0.5 + i / 100] as Keypoint),
  world: Array.from({ length: 33 }, (_, i) => [i / 40 - 0.3, i / 60, -i / 70] as WorldPoint),
};

describe('mirrorPoseFrame', () => {
  it('flips x and swaps left and right landmarks', () => {
    const mirrored = mirrorPoseFrame(frame);
    const left = frame.keypoints![KP.left_wrist];
    const right = mirrored.keypoints![KP.right_wrist];
    expect(right[0]).toBeCloseTo(1 - left[0]);
    expect(right[1]).toBe(left[1]);
    expect(right[3]).toBe(left[3]);
    expect(mirrored.keypoints![KP.nose][0]).toBeCloseTo(1 - frame.keypoints![KP.nose][0]);
    expect(mirrored.world![KP.right_hip][0]).toBeCloseTo(-frame.world![KP.left_hip][0]);
    expect(mirrored.t).toBe(1.5);
  });

  it('is its own inverse, and keeps a frame without a person empty', () => {
    const back = mirrorPoseFrame(mirrorPoseFrame(frame));
    back.keypoints!.forEach((k, i) => k.forEach((v, d) => expect(v).toBeCloseTo(frame.keypoints![i][d])));
    expect(mirrorPoseFrame({ t: 0, keypoints: null })).toEqual({ t: 0, keypoints: null, world: undefined });
  });
});
