import { describe, expect, it } from 'vitest';
import { scaleTime } from './perturb-speed';
import { bridgeTrack } from './test-tracks';

describe('scaleTime', () => {
  const track = bridgeTrack();

  it('divides every timestamp and multiplies the frame rate by the speed, poses unchanged', () => {
    const fast = scaleTime(track, 2);
    expect(fast.source.fps).toBe(track.source.fps * 2);
    fast.frames.forEach((f, i) => {
      expect(f.t).toBeCloseTo(track.frames[i].t / 2, 12);
      expect(f.keypoints).toBe(track.frames[i].keypoints);
    });
    expect(scaleTime(fast, 0.5).frames.map((f) => f.t)).toEqual(track.frames.map((f) => f.t));
  });
});
