import { describe, expect, it } from 'vitest';
import { KP } from '../track/keypoint-names';
import type { Keypoint, PoseTrack } from '../track/track';
import { moveCamera } from './perturb-camera-move';
import { bridgeTrack, framesWithPerson, worldBones } from './test-tracks';

/** The bridge's world points seen by an exact weak-perspective camera: 400 px a metre, z gain 0.5 a metre, hips at (600, 380). */
function weakPerspectiveTrack(): PoseTrack {
  const track = bridgeTrack();
  const { width, height } = track.source;
  const frames = framesWithPerson(track).map((f) => ({
    t: f.t,
    keypoints: f.world!.map(([x, y, z], i): Keypoint => [(600 + 400 * x) / width, (380 + 400 * y) / height, 0.5 * z, f.keypoints![i][3]]),
    world: f.world,
  }));
  return { ...track, frames };
}

describe('moveCamera', () => {
  const track = bridgeTrack();
  const exact = weakPerspectiveTrack();
  const { width, height } = track.source;

  it('gives the track back unchanged for a move of 0°', () => {
    expect(moveCamera(track, { aroundDegrees: 0, higherDegrees: 0 })).toEqual(track);
  });

  it('keeps the world bone lengths', () => {
    const moved = framesWithPerson(moveCamera(track, { aroundDegrees: 45, higherDegrees: 20 }));
    framesWithPerson(track).forEach((f, i) => {
      const before = worldBones(f.world!);
      worldBones(moved[i].world!).forEach((len, j) => expect(len).toBeCloseTo(before[j], 9));
    });
  });

  it('projects the turned world points by the weak-perspective camera the picture was taken with', () => {
    const moved = moveCamera(exact, { aroundDegrees: 30, higherDegrees: 20 });
    for (const f of moved.frames) {
      f.world!.forEach(([x, y, z], i) => {
        const [kx, ky, kz] = f.keypoints![i];
        expect(kx * width).toBeCloseTo(600 + 400 * x, 6);
        expect(ky * height).toBeCloseTo(380 + 400 * y, 6);
        expect(kz).toBeCloseTo(0.5 * z, 6);
      });
    }
  });

  it('foreshortens a segment across the view by cos(angle) when the camera moves around the person', () => {
    const frame = exact.frames[0];
    const across = (f: typeof frame) => Math.abs(f.keypoints![KP.left_shoulder][0] - f.keypoints![KP.left_knee][0]);
    const flat = { ...exact, frames: [{ ...frame, world: frame.world!.map(([x, y]): [number, number, number] => [x, y, 0]) }] };
    flat.frames[0].keypoints = flat.frames[0].world.map(([x, y], i): Keypoint => [(600 + 400 * x) / width, (380 + 400 * y) / height, 0, frame.keypoints![i][3]]);
    const moved = moveCamera(flat, { aroundDegrees: 45, higherDegrees: 0 }).frames[0];
    expect(across(moved) / across(flat.frames[0])).toBeCloseTo(Math.cos(Math.PI / 4), 6);
  });

  it('shows points beyond the hips higher in the picture, and nearer ones lower, when the camera is higher', () => {
    const frame = exact.frames[0];
    const moved = moveCamera(exact, { aroundDegrees: 0, higherDegrees: 20 }).frames[0];
    const depthOrder = frame.world!.map((w, i) => i).sort((a, b) => frame.world![a][2] - frame.world![b][2]);
    const rise = (i: number) => frame.keypoints![i][1] - moved.keypoints![i][1];
    expect(rise(depthOrder.at(-1)!)).toBeGreaterThan(rise(depthOrder[0]));
    expect(frame.world![depthOrder.at(-1)!][2]).toBeGreaterThan(0.1);
  });
});
