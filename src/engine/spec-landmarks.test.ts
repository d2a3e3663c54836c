import { describe, expect, it } from 'vitest';
import { KP } from '../track/keypoint-names';
import { floorSupports, sideIndexes } from './spec-landmarks';

describe('spec landmarks by side', () => {
  it("turns 'knee' and 'opposite_knee' into each side's keypoints", () => {
    expect(sideIndexes(['knee', 'opposite_knee'])).toEqual({ left: [KP.left_knee, KP.right_knee], right: [KP.right_knee, KP.left_knee] });
  });

  it('gives the floor supports of the near side', () => {
    expect(floorSupports({ from: ['shoulder'], to: ['ankle', 'heel'] }).right).toEqual({ from: [KP.right_shoulder], to: [KP.right_ankle, KP.right_heel] });
  });
});
