import { describe, expect, it } from 'vitest';
import { resizePerson } from './perturb-person-size';
import { bridgeTrack, framesWithPerson, pixelBones } from './test-tracks';

describe('resizePerson', () => {
  const track = bridgeTrack();
  const { width, height } = track.source;

  it('halves every bone in pixels, moves the person by the offset and leaves the world points alone', () => {
    const small = framesWithPerson(resizePerson(track, 0.5, [0.2, 0.15]));
    framesWithPerson(track).forEach((f, i) => {
      const before = pixelBones(f.keypoints!, width, height);
      pixelBones(small[i].keypoints!, width, height).forEach((len, j) => expect(len).toBeCloseTo(before[j] / 2, 6));
      expect(small[i].keypoints![0][0]).toBeCloseTo(0.5 + (f.keypoints![0][0] - 0.5) / 2 + 0.2, 9);
      expect(small[i].keypoints![0][2]).toBeCloseTo(f.keypoints![0][2] / 2, 9);
      expect(small[i].world).toBe(f.world);
    });
  });
});
