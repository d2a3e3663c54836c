/**
 * Which side of the body faces the camera. In a side view the near limbs are seen and the far ones
 * are guessed, so the near side gives the trustworthy angles. Two cues vote: the detector's scores
 * (near limbs score higher) and its depth z (near limbs have smaller z). Hysteresis keeps the choice
 * from flickering when both sides look alike, e.g. a front view.
 */
import { KP } from '../track/keypoint-names';
import type { Keypoint } from '../track/track';
import type { Side } from './events';

export interface SideChoiceConfig {
  /** How much better (in summed score units) the other side must look before switching. */
  switchMargin: number;
  /** Weight of the depth cue: score units per unit of z difference. */
  depthWeight: number;
}

export const DEFAULT_SIDE_CHOICE: SideChoiceConfig = { switchMargin: 0.4, depthWeight: 2 };

const PAIRS: ReadonlyArray<readonly [number, number]> = [
  [KP.left_shoulder, KP.right_shoulder],
  [KP.left_elbow, KP.right_elbow],
  [KP.left_hip, KP.right_hip],
  [KP.left_knee, KP.right_knee],
  [KP.left_ankle, KP.right_ankle],
];

/** Positive when the left side looks nearer to the camera, negative for the right. */
export function leftSideEvidence(keypoints: readonly Keypoint[], depthWeight = DEFAULT_SIDE_CHOICE.depthWeight): number {
  let evidence = 0;
  for (const [l, r] of PAIRS) {
    const left = keypoints[l];
    const right = keypoints[r];
    evidence += left[3] - right[3];
    // Depth only counts where both points are believed, else a guessed point's z decides.
    evidence += depthWeight * Math.min(left[3], right[3]) * (right[2] - left[2]);
  }
  return evidence;
}

export class VisibleSideChooser {
  private side: Side | null = null;

  constructor(private readonly config: SideChoiceConfig = DEFAULT_SIDE_CHOICE) {}

  update(keypoints: readonly Keypoint[]): Side {
    const evidence = leftSideEvidence(keypoints, this.config.depthWeight);
    if (this.side === null) this.side = evidence >= 0 ? 'left' : 'right';
    else if (this.side === 'left' && evidence < -this.config.switchMargin) this.side = 'right';
    else if (this.side === 'right' && evidence > this.config.switchMargin) this.side = 'left';
    return this.side;
  }

  current(): Side | null {
    return this.side;
  }

  reset(): void {
    this.side = null;
  }
}
