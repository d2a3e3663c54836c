import { describe, expect, it } from 'vitest';
import { KP } from '../track/keypoint-names';
import { rollCamera } from './perturb-roll';
import { bridgeTrack, framesWithPerson, pixelBones, worldBones } from './test-tracks';

describe('rollCamera', () => {
  const track = bridgeTrack();
  const { width, height } = track.source;
  const direction = (k: number[][], a: number, b: number, [sx, sy] = [width, height]) =>
    (Math.atan2((k[b][1] - k[a][1]) * sy, (k[b][0] - k[a][0]) * sx) * 180) / Math.PI;

  it('keeps every bone length in pixels and in metres on a 16:9 frame', () => {
    const rolled = framesWithPerson(rollCamera(track, 20));
    framesWithPerson(track).forEach((f, i) => {
      const before = pixelBones(f.keypoints!, width, height);
      pixelBones(rolled[i].keypoints!, width, height).forEach((len, j) => expect(len).toBeCloseTo(before[j], 6));
      const metres = worldBones(f.world!);
      worldBones(rolled[i].world!).forEach((len, j) => expect(len).toBeCloseTo(metres[j], 9));
    });
  });

  it('turns every segment in the picture by the roll angle, clockwise on screen for a positive one', () => {
    const [f] = framesWithPerson(track);
    const [r] = framesWithPerson(rollCamera(track, 10));
    // y points down, so a clockwise turn on screen adds to atan2's angle.
    expect(direction(r.keypoints!, KP.left_hip, KP.left_shoulder) - direction(f.keypoints!, KP.left_hip, KP.left_shoulder)).toBeCloseTo(10, 6);
    const inWorld = (k: number[][]) => direction(k, KP.left_hip, KP.left_knee, [1, 1]);
    expect(inWorld(r.world!) - inWorld(f.world!)).toBeCloseTo(10, 6);
  });

  it('turns about the frame centre, and back again with the opposite roll', () => {
    const back = rollCamera(rollCamera(track, 20), -20);
    framesWithPerson(back).forEach((f, i) => {
      f.keypoints!.forEach((k, j) => expect(k[0]).toBeCloseTo(framesWithPerson(track)[i].keypoints![j][0], 9));
    });
    const centre = { ...track, frames: [{ t: 0, keypoints: track.frames[0].keypoints!.map((): [number, number, number, number] => [0.5, 0.5, 0, 1]) }] };
    expect(rollCamera(centre, 20).frames[0].keypoints![0]).toEqual([0.5, 0.5, 0, 1]);
  });
});
