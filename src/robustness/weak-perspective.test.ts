import { describe, expect, it } from 'vitest';
import type { Keypoint } from '../track/track';
import { depthPerMetre, pixelsPerMetre } from './weak-perspective';
import { bridgeTrack, framesWithPerson } from './test-tracks';

describe('weak-perspective fit', () => {
  const track = bridgeTrack();
  const { width, height } = track.source;
  const exact = {
    ...track,
    frames: framesWithPerson(track).map((f) => ({
      ...f,
      keypoints: f.world!.map(([x, y, z]): Keypoint => [(100 + 250 * x) / width, (200 + 250 * y) / height, 0.7 * z, 1]),
    })),
  };

  it('recovers the pixels per metre and the depth gain of an exact weak-perspective picture', () => {
    for (const f of exact.frames) expect(pixelsPerMetre(f.keypoints, f.world!, width, height)).toBeCloseTo(250, 6);
    expect(depthPerMetre(exact)).toBeCloseTo(0.7, 6);
  });

  it('finds the synthetic camera’s scale within its perspective', () => {
    const [f] = framesWithPerson(track);
    const k = pixelsPerMetre(f.keypoints!, f.world!, width, height)!;
    // src/synth/camera.ts: 0.6 of 1280 px for a 1.75 m stature at 3 m, i.e. ~439 px a metre at the aim point.
    expect(k).toBeGreaterThan(380);
    expect(k).toBeLessThan(500);
  });
});
