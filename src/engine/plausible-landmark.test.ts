import { describe, expect, it } from 'vitest';
import { KP } from '../track/keypoint-names';
import type { Keypoint } from '../track/track';
import { isUsable, unusableLandmarks } from './plausible-landmark';

/** A side view of someone on all fours, every point confident; aspect 1. */
function allFours(): Keypoint[] {
  const kp: Keypoint[] = Array.from({ length: 33 }, () => [0.5, 0.5, 0, 0.95] as Keypoint);
  const set = (name: keyof typeof KP, x: number, y: number) => (kp[KP[name]] = [x, y, 0, 0.95]);
  for (const side of ['left', 'right'] as const) {
    set(`${side}_shoulder`, 0.3, 0.4);
    set(`${side}_elbow`, 0.3, 0.5);
    set(`${side}_wrist`, 0.3, 0.6);
    set(`${side}_hip`, 0.7, 0.4);
    set(`${side}_knee`, 0.7, 0.6);
    set(`${side}_ankle`, 0.9, 0.6);
  }
  return kp;
}

describe('plausible landmarks', () => {
  it('uses a low-score far knee whose thigh is as long as the near one', () => {
    const kp = allFours();
    kp[KP.right_knee] = [0.72, 0.59, 0, 0.2];
    kp[KP.right_ankle] = [0.9, 0.58, 0, 0.3];
    expect(isUsable(kp, KP.right_knee, 1)).toBe(true);
    expect(isUsable(kp, KP.right_ankle, 1)).toBe(true);
  });

  it('rejects a low-score point whose bone is far off its twin, and one under the noise floor', () => {
    const kp = allFours();
    kp[KP.right_knee] = [0.7, 0.9, 0, 0.3];
    expect(isUsable(kp, KP.right_knee, 1)).toBe(false);
    kp[KP.right_ankle][3] = 0.3;
    expect(unusableLandmarks(kp, [KP.right_hip, KP.right_knee, KP.right_ankle], 1)).toEqual([KP.right_knee, KP.right_ankle]);
    const faint = allFours();
    faint[KP.right_knee][3] = 0.05;
    expect(isUsable(faint, KP.right_knee, 1)).toBe(false);
  });

  it('without a well-seen twin, accepts a bone a body can have and not one shrunk to nothing', () => {
    const kp = allFours();
    kp[KP.left_knee][3] = 0.2;
    kp[KP.right_knee][3] = 0.2;
    expect(isUsable(kp, KP.right_knee, 1)).toBe(true);
    kp[KP.right_knee] = [0.71, 0.41, 0, 0.2];
    expect(isUsable(kp, KP.right_knee, 1)).toBe(false);
  });

  it('needs a low-score point to be in the picture and its torso points to be seen', () => {
    const kp = allFours();
    kp[KP.right_hip][3] = 0.2;
    expect(isUsable(kp, KP.right_hip, 1)).toBe(false);
  });
});
