import { describe, expect, it } from 'vitest';
import { KeypointSmoother } from './keypoint-smoother';
import type { Keypoint } from '../track/track';

const pose = (x: number, score = 0.9): Keypoint[] => Array.from({ length: 33 }, () => [x, 0.5, 0, score] as Keypoint);

describe('KeypointSmoother', () => {
  it('scales x by the aspect ratio and keeps the raw scores', () => {
    const s = new KeypointSmoother(16 / 9);
    s.update(pose(0.5, 0.7), 0);
    expect(s.xs[0]).toBeCloseTo(0.5 * (16 / 9));
    expect(s.ys[0]).toBeCloseTo(0.5);
    expect(s.scores[0]).toBeCloseTo(0.7);
  });

  it('smooths a jump between close frames', () => {
    const s = new KeypointSmoother(1);
    s.update(pose(0.5), 0);
    s.update(pose(0.5), 1 / 30);
    s.update(pose(0.6), 2 / 30);
    expect(s.xs[0]).toBeGreaterThan(0.5);
    expect(s.xs[0]).toBeLessThan(0.6);
  });

  it('starts afresh after a gap in tracking', () => {
    const s = new KeypointSmoother(1);
    s.update(pose(0.2), 0);
    s.update(pose(0.8), 2);
    expect(s.xs[0]).toBeCloseTo(0.8);
  });
});
