import { describe, expect, it } from 'vitest';
import { dropFrames } from './perturb-drop';
import { bridgeTrack } from './test-tracks';

describe('dropFrames', () => {
  const track = bridgeTrack();
  const lost = (t: typeof track) => t.frames.flatMap((f, i) => (f.keypoints === null ? [i] : []));

  it('loses exactly the share asked for, keypoints and world alike, and keeps the rest as it was', () => {
    const out = dropFrames(track, 0.2, 1);
    expect(lost(track)).toEqual([]);
    expect(lost(out).length).toBe(Math.round(0.2 * track.frames.length));
    out.frames.forEach((f, i) => {
      expect(f.t).toBe(track.frames[i].t);
      if (f.keypoints === null) expect(f.world).toBeNull();
      else expect(f).toBe(track.frames[i]);
    });
  });

  it('loses the same frames for the same seed and others for another seed', () => {
    expect(lost(dropFrames(track, 0.2, 1))).toEqual(lost(dropFrames(track, 0.2, 1)));
    expect(lost(dropFrames(track, 0.2, 2))).not.toEqual(lost(dropFrames(track, 0.2, 1)));
  });
});
