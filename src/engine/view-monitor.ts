/**
 * Watches the camera's place for the engine: a view problem (`camera-view.ts`) is reported once
 * it has lasted `settleSeconds`, and its end likewise; a cut (the person's size or place in the
 * picture jumps between two frames, as when the camera is moved or a video cuts) is reported at
 * once, so the engine learns the new view instead of counting the jump as a lift.
 */
import type { WorldPoint } from '../track/track';
import type { CameraView } from './exercise-spec';
import type { ViewEvent } from './events';
import { VIEW_MESSAGES, viewProblem, type ViewProblem } from './camera-view';

export interface ViewMonitorConfig {
  settleSeconds: number;
  /** Torso length may change by this factor between frames (either way) before it is a cut. */
  maxScaleJump: number;
  /** The hips may move this many torso lengths between frames before it is a cut. */
  maxShiftJump: number;
  /** Frames further apart than this are not compared (a gap, not a cut). */
  maxGapSeconds: number;
}

export const DEFAULT_VIEW_MONITOR: ViewMonitorConfig = { settleSeconds: 1, maxScaleJump: 1.4, maxShiftJump: 0.6, maxGapSeconds: 0.5 };

export class ViewMonitor {
  problem: ViewProblem | null = null;
  private candidate: ViewProblem | null = null;
  private candidateSince = 0;
  private last: { t: number; x: number; y: number; torso: number } | null = null;

  constructor(
    private readonly view: CameraView,
    private readonly config: ViewMonitorConfig = DEFAULT_VIEW_MONITOR,
  ) {}

  /** Was this frame a cut from the last one? `x`, `y`: the hips' centre; `torso`: its length (same units). */
  cut(t: number, x: number, y: number, torso: number): ViewEvent | null {
    const last = this.last;
    this.last = { t, x, y, torso };
    if (!last || t - last.t > this.config.maxGapSeconds) return null;
    const scale = torso / last.torso;
    const shift = Math.hypot(x - last.x, y - last.y) / last.torso;
    const jumped = scale > this.config.maxScaleJump || scale < 1 / this.config.maxScaleJump || shift > this.config.maxShiftJump;
    return jumped ? { type: 'view', t, problem: 'camera-moved', message: VIEW_MESSAGES['camera-moved'] } : null;
  }

  /** Feeds this frame's world points; returns an event when a new view problem (or its end) has settled. */
  update(t: number, world: readonly WorldPoint[] | null | undefined): ViewEvent | null {
    if (!world) return null;
    const problem = viewProblem(world, this.view);
    if (problem !== this.candidate) {
      this.candidate = problem;
      this.candidateSince = t;
    }
    if (this.candidate === this.problem || t - this.candidateSince < this.config.settleSeconds) return null;
    this.problem = this.candidate;
    return { type: 'view', t, problem, message: problem ? VIEW_MESSAGES[problem] : 'The camera can see you from the side' };
  }
}
