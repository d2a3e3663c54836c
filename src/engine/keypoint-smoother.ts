/**
 * One Euro smoothing of all 33 keypoints' x and y, written into flat arrays that the feature code
 * reads without allocating. x is scaled by the frame's aspect ratio so that distances and angles are
 * true to the picture (a 16:9 frame's x unit is longer than its y unit). After a gap in tracking the
 * filters restart, so a person reappearing elsewhere is not dragged from where they vanished.
 */
import type { Keypoint } from '../track/track';
import { DEFAULT_ONE_EURO, OneEuroFilter, type OneEuroConfig } from './one-euro-filter';

export interface KeypointSmootherConfig {
  oneEuro: OneEuroConfig;
  /** Seconds without a pose after which smoothing starts afresh. */
  resetAfterGap: number;
}

export const DEFAULT_KEYPOINT_SMOOTHER: KeypointSmootherConfig = { oneEuro: DEFAULT_ONE_EURO, resetAfterGap: 0.5 };

export class KeypointSmoother {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Raw detector scores of the last frame (scores are not smoothed: visibility gates on what was seen). */
  readonly scores: Float64Array;
  private readonly fx: OneEuroFilter[];
  private readonly fy: OneEuroFilter[];
  private lastT = -Infinity;

  constructor(
    private readonly aspect: number,
    count = 33,
    private readonly config: KeypointSmootherConfig = DEFAULT_KEYPOINT_SMOOTHER,
  ) {
    this.xs = new Float64Array(count);
    this.ys = new Float64Array(count);
    this.scores = new Float64Array(count);
    this.fx = Array.from({ length: count }, () => new OneEuroFilter(config.oneEuro));
    this.fy = Array.from({ length: count }, () => new OneEuroFilter(config.oneEuro));
  }

  update(keypoints: readonly Keypoint[], t: number): void {
    if (t - this.lastT > this.config.resetAfterGap) this.reset();
    this.lastT = t;
    for (let i = 0; i < this.xs.length; i++) {
      const k = keypoints[i];
      this.xs[i] = this.fx[i].apply(k[0] * this.aspect, t);
      this.ys[i] = this.fy[i].apply(k[1], t);
      this.scores[i] = k[3];
    }
  }

  reset(): void {
    for (const f of this.fx) f.reset();
    for (const f of this.fy) f.reset();
  }
}
