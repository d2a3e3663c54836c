/**
 * Watches the camera's place for the engine: a view problem (`camera-view.ts`) is reported once
 * it has lasted `settleSeconds`, and its end likewise; a cut (the person's size or place in the
 * picture jumps between two frames and stays there on the next, as when the camera is moved or a
 * video cuts; one wild frame is the detector, not a cut) is reported on that next frame, so the
 * engine learns the new view instead of counting the jump as a lift.
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

interface Place {
  t: number;
  x: number;
  y: number;
  torso: number;
}

export const DEFAULT_VIEW_MONITOR: ViewMonitorConfig = { settleSeconds: 1, maxScaleJump: 1.4, maxShiftJump: 0.6, maxGapSeconds: 0.5 };

export class ViewMonitor {
  problem: ViewProblem | null = null;
  private candidate: ViewProblem | null = null;
  private candidateSince = 0;
  /** The person's place before the last frame, and a jump seen on the last frame awaiting confirmation. */
  private last: Place | null = null;
  private jumpedTo: Place | null = null;

  constructor(
    private readonly view: CameraView,
    private readonly config: ViewMonitorConfig = DEFAULT_VIEW_MONITOR,
  ) {}

  /** Was there a cut just before this frame? `x`, `y`: the hips' centre; `torso`: its length (same units). */
  cut(t: number, x: number, y: number, torso: number): ViewEvent | null {
    const here: Place = { t, x, y, torso };
    const jumpedTo = this.jumpedTo;
    this.jumpedTo = null;
    if (jumpedTo && this.last && this.jumped(this.last, here) && !this.jumped(jumpedTo, here)) {
      this.last = here;
      return { type: 'view', t, problem: 'camera-moved', message: VIEW_MESSAGES['camera-moved'] };
    }
    if (!this.last || t - this.last.t > this.config.maxGapSeconds || !this.jumped(this.last, here)) this.last = here;
    else this.jumpedTo = here;
    return null;
  }

  private jumped(from: Place, to: Place): boolean {
    if (to.t - from.t > this.config.maxGapSeconds) return false;
    const scale = to.torso / from.torso;
    const shift = Math.hypot(to.x - from.x, to.y - from.y) / from.torso;
    return scale > this.config.maxScaleJump || scale < 1 / this.config.maxScaleJump || shift > this.config.maxShiftJump;
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
