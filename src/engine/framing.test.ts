import { describe, expect, it } from 'vitest';
import { FramingMonitor, framingMessage } from './framing';
import { isVisible, unusableLandmarks } from './plausible-landmark';
import { KP } from '../track/keypoint-names';
import type { Keypoint } from '../track/track';

const pose = (score = 0.9): Keypoint[] => Array.from({ length: 33 }, () => [0.5, 0.5, 0, score] as Keypoint);

describe('visibility', () => {
  it('needs a confident score and a point inside the picture', () => {
    expect(isVisible([0.5, 0.5, 0, 0.9])).toBe(true);
    expect(isVisible([0.5, 0.5, 0, 0.3])).toBe(false);
    expect(isVisible([0.5, 1.2, 0, 0.9])).toBe(false);
  });

  it('lists the needed landmarks that are hidden', () => {
    const kp = pose();
    kp[KP.left_ankle] = [0.5, 1.1, 0, 0.2];
    expect(unusableLandmarks(kp, [KP.left_hip, KP.left_ankle], 1)).toEqual([KP.left_ankle]);
    expect(framingMessage('landmarks-hidden', [KP.left_ankle])).toMatch(/legs are out of view/);
  });
});

describe('FramingMonitor', () => {
  it('reports a status change only once it has settled', () => {
    const m = new FramingMonitor(0.3);
    expect(m.update(0, 'no-person', [])).toBeNull();
    expect(m.update(0.1, 'ok', [])).toBeNull(); // a one-frame blip
    expect(m.update(0.2, 'no-person', [])).toBeNull();
    const e = m.update(0.5, 'no-person', []);
    expect(e).toMatchObject({ type: 'framing', status: 'no-person', missing: [] });
    expect(m.update(0.6, 'no-person', [])).toBeNull();
  });
});
