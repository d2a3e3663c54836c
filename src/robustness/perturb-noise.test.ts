import { describe, expect, it } from 'vitest';
import { addKeypointNoise } from './perturb-noise';
import { pixelsPerMetre } from './weak-perspective';
import { bridgeTrack, framesWithPerson } from './test-tracks';

describe('addKeypointNoise', () => {
  const track = bridgeTrack();
  const { width, height } = track.source;

  it('moves keypoints by the asked sigma of the longer side, the same in x and y pixels', () => {
    const noisy = framesWithPerson(addKeypointNoise(track, 0.01, 5));
    const dx: number[] = [];
    const dy: number[] = [];
    framesWithPerson(track).forEach((f, i) =>
      f.keypoints!.forEach((k, j) => {
        dx.push((noisy[i].keypoints![j][0] - k[0]) * width);
        dy.push((noisy[i].keypoints![j][1] - k[1]) * height);
      }),
    );
    const rms = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0) / v.length);
    expect(rms(dx) / (0.01 * width)).toBeCloseTo(1, 1);
    expect(rms(dy) / (0.01 * width)).toBeCloseTo(1, 1);
  });

  it('moves the world points by the same displacement in metres at the person’s scale', () => {
    const [f] = framesWithPerson(track);
    const [n] = framesWithPerson(addKeypointNoise(track, 0.01, 5));
    const perMetre = pixelsPerMetre(f.keypoints!, f.world!, width, height)!;
    for (let j = 0; j < 33; j++) {
      expect((n.world![j][0] - f.world![j][0]) * perMetre).toBeCloseTo((n.keypoints![j][0] - f.keypoints![j][0]) * width, 6);
      expect((n.world![j][1] - f.world![j][1]) * perMetre).toBeCloseTo((n.keypoints![j][1] - f.keypoints![j][1]) * height, 6);
      expect(n.world![j][2]).toBe(f.world![j][2]);
    }
  });

  it('is reproducible for a seed', () => {
    expect(addKeypointNoise(track, 0.005, 9)).toEqual(addKeypointNoise(track, 0.005, 9));
    expect(addKeypointNoise(track, 0.005, 9)).not.toEqual(addKeypointNoise(track, 0.005, 10));
  });
});
