import { describe, expect, it } from 'vitest';
import { VisibleSideChooser, leftSideEvidence } from './choose-visible-side';
import { KP } from '../track/keypoint-names';
import type { Keypoint } from '../track/track';

function sideView(near: 'left' | 'right', farScore = 0.6): Keypoint[] {
  const kp = Array.from({ length: 33 }, () => [0.5, 0.5, 0, 0.95] as Keypoint);
  for (const part of ['shoulder', 'elbow', 'hip', 'knee', 'ankle'] as const) {
    const far = near === 'left' ? 'right' : 'left';
    kp[KP[`${near}_${part}`]] = [0.5, 0.5, -0.1, 0.97];
    kp[KP[`${far}_${part}`]] = [0.5, 0.5, 0.1, farScore];
  }
  return kp;
}

describe('VisibleSideChooser', () => {
  it('picks the side with better scores and smaller depth', () => {
    expect(leftSideEvidence(sideView('left'))).toBeGreaterThan(0);
    expect(new VisibleSideChooser().update(sideView('right'))).toBe('right');
  });

  it('uses depth when the scores do not differ', () => {
    expect(new VisibleSideChooser().update(sideView('left', 0.97))).toBe('left');
  });

  it('does not flip on a frame where both sides look alike', () => {
    const chooser = new VisibleSideChooser();
    chooser.update(sideView('left'));
    const even = Array.from({ length: 33 }, () => [0.5, 0.5, 0, 0.9] as Keypoint);
    expect(chooser.update(even)).toBe('left');
    expect(chooser.update(sideView('right'))).toBe('right');
  });
});
