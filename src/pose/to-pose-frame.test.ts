import { describe, expect, it } from 'vitest';
import { toPoseFrame, type DetectedPose } from './to-pose-frame';

function detected(): DetectedPose {
  return {
    keypoints: Array.from({ length: 33 }, (_, i) => ({ x: 10 * i, y: 5 * i, z: -2 * i, score: i / 40 })),
    keypoints3D: Array.from({ length: 33 }, (_, i) => ({ x: i / 100, y: -i / 100, z: i / 1000 })),
  };
}

describe('toPoseFrame', () => {
  it('normalises x by width, y by height and z by width, and keeps the score', () => {
    const frame = toPoseFrame(detected(), { width: 640, height: 480 }, 1.25);
    expect(frame.t).toBe(1.25);
    expect(frame.keypoints).toHaveLength(33);
    expect(frame.keypoints![10]).toEqual([100 / 640, 50 / 480, -20 / 640, 10 / 40]);
  });

  it('takes world from keypoints3D in metres', () => {
    const frame = toPoseFrame(detected(), { width: 640, height: 480 }, 0);
    expect(frame.world).toHaveLength(33);
    expect(frame.world![3]).toEqual([0.03, -0.03, 0.003]);
  });

  it('clamps scores into 0..1 and fills a missing z with 0', () => {
    const pose = detected();
    pose.keypoints[0] = { x: 1, y: 1, score: 1.7 };
    const frame = toPoseFrame(pose, { width: 10, height: 10 }, 0);
    expect(frame.keypoints![0]).toEqual([0.1, 0.1, 0, 1]);
  });

  it('gives a null frame when nobody was found', () => {
    expect(toPoseFrame(null, { width: 1, height: 1 }, 2)).toEqual({ t: 2, keypoints: null, world: null });
    expect(toPoseFrame({ keypoints: [] }, { width: 1, height: 1 }, 2).keypoints).toBeNull();
  });

  it('leaves world null when the runtime gives no keypoints3D', () => {
    const frame = toPoseFrame({ keypoints: detected().keypoints }, { width: 640, height: 480 }, 0);
    expect(frame.keypoints).not.toBeNull();
    expect(frame.world).toBeNull();
  });
});
