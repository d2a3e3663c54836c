/**
 * The person's own start pose: the (floor-levelled) picture of their latest rest, kept so that a
 * rule can read how far a body part moved since then (`PoseFeatures.sinceRest`) instead of where
 * it sits in the image. A lift measured from the person's own rest holds for any body (how thick a
 * chest is, how a neck sits) and any camera height, which shift where a part rests but not how far
 * it moves.
 */
import { PoseFeatures } from './pose-features';
import { floorNormal } from './floor-plane';
import type { WorldPoint } from '../track/track';

export class RestPose {
  /** The rest's features, or null before a rest of this view was seen. */
  features: PoseFeatures | null = null;
  private readonly xs = new Float64Array(33);
  private readonly ys = new Float64Array(33);
  private readonly scores = new Float64Array(33);
  private readonly view = new PoseFeatures();

  /**
   * Keeps this frame as the rest. The floor plane is learnt from the first rest with world points
   * and kept for the view: a later "rest" may be a small lift the count did not see.
   */
  record(xs: ArrayLike<number>, ys: ArrayLike<number>, scores: ArrayLike<number>, world: readonly WorldPoint[] | null = null): void {
    const normal = !this.view.floor && world ? floorNormal(world) : null;
    if (normal) this.view.floor = { normal, start: world!.map((p) => [...p] as WorldPoint) };
    this.xs.set(xs);
    this.ys.set(ys);
    this.scores.set(scores);
    this.features = this.view.set(this.xs, this.ys, this.scores, this.view.side);
  }

  /** A new view of the person: the old rest no longer says where they start. */
  reset(): void {
    this.features = null;
    this.view.floor = null;
  }
}
