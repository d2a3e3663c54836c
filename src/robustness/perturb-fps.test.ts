import { describe, expect, it } from 'vitest';
import { resampleFps } from './perturb-fps';
import { bridgeTrack } from './test-tracks';

describe('resampleFps', () => {
  const track = bridgeTrack();
  const duration = track.frames.at(-1)!.t - track.frames[0].t;

  for (const fps of [10, 5]) {
    it(`keeps a ${fps} fps subset of the frames, in order, about one per 1/${fps} s`, () => {
      const out = resampleFps(track, fps);
      expect(out.source.fps).toBe(fps);
      for (const f of out.frames) expect(track.frames).toContain(f);
      for (let i = 1; i < out.frames.length; i++) {
        const gap = out.frames[i].t - out.frames[i - 1].t;
        expect(gap).toBeGreaterThan(0);
        expect(gap).toBeGreaterThan(1 / fps - 0.5 / track.source.fps);
      }
      expect(Math.abs(out.frames.length - (duration * fps + 1))).toBeLessThanOrEqual(1.5);
    });
  }

  it('keeps every frame when asked for the source rate', () => {
    expect(resampleFps(track, track.source.fps).frames).toEqual(track.frames);
  });
});
