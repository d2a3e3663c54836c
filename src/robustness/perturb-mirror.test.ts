import { describe, expect, it } from 'vitest';
import { KP } from '../track/keypoint-names';
import { serializeTrack } from '../track/track';
import { mirrorTrack } from './perturb-mirror';
import { bridgeTrack, framesWithPerson } from './test-tracks';

describe('mirrorTrack', () => {
  const track = bridgeTrack();
  const mirrored = mirrorTrack(track);

  it('is its own inverse (to the format\'s 4 decimals)', () => {
    expect(serializeTrack(mirrorTrack(mirrored))).toBe(serializeTrack(track));
  });

  it('flips x, negates world x and swaps left and right landmarks', () => {
    const [f] = framesWithPerson(track);
    const m = mirrored.frames[track.frames.indexOf(f)];
    const [x, y, z, score] = f.keypoints![KP.right_knee];
    expect(m.keypoints![KP.left_knee]).toEqual([1 - x, y, z, score]);
    expect(m.keypoints![KP.nose][0]).toBe(1 - f.keypoints![KP.nose][0]);
    const [wx, wy, wz] = f.world![KP.left_ankle];
    expect(m.world![KP.right_ankle]).toEqual([-wx, wy, wz]);
  });
});
