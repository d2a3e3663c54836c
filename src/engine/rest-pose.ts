/**
 * The person's own start pose: the (floor-levelled) picture of their latest rest, kept so that a
 * rule can read how far a body part moved since then (`PoseFeatures.sinceRest`) instead of where
 * it sits in the image. A lift measured from the person's own rest holds for any body (how thick a
 * chest is, how a neck sits) and any camera height, which shift where a part rests but not how far
 * it moves.
 */
import { PoseFeatures } from './pose-features';

export class RestPose {
  /** The rest's features, or null before a rest of this view was seen. */
  features: PoseFeatures | null = null;
  private readonly xs = new Float64Array(33);
  private readonly ys = new Float64Array(33);
  private readonly scores = new Float64Array(33);
  private readonly view = new PoseFeatures();

  /** Keeps this frame as the rest. */
  record(xs: ArrayLike<number>, ys: ArrayLike<number>, scores: ArrayLike<number>): void {
    this.xs.set(xs);
    this.ys.set(ys);
    this.scores.set(scores);
    this.features = this.view.set(this.xs, this.ys, this.scores, this.view.side);
  }

  /** A new view of the person: the old rest no longer says where they start. */
  reset(): void {
    this.features = null;
  }
}
