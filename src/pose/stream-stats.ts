/**
 * What the stats corner shows and the model-lowering check reads: frames per second (smoothed, and
 * the last 60 instants), detector time, the app's own time per frame, capture-to-overlay lag.
 * Updated in place on every frame, without allocating.
 */
const FPS_WINDOW = 60;

export class StreamStats {
  fps = 0;
  detectorMs = 0;
  /** What the app itself spends on a frame after detection (engine, overlay, state), ms. */
  ownMs = 0;
  /** Capture of the frame to the overlay drawn, ms. */
  latencyMs = 0;
  /** Instantaneous frames per second of the last frames, oldest first. */
  readonly recentFps: number[] = [];
  private lastWall = 0;

  /** A new source: rates start over (the smoothed fps and times carry on for the corner). */
  restart(): void {
    this.recentFps.length = 0;
    this.lastWall = 0;
  }

  /** A frame was emitted at wall time `wall` ms. */
  frame(wall: number): void {
    if (this.lastWall) {
      const inst = 1000 / Math.max(1, wall - this.lastWall);
      this.fps = this.fps ? this.fps * 0.8 + inst * 0.2 : inst;
      this.recentFps.push(inst);
      if (this.recentFps.length > FPS_WINDOW) this.recentFps.shift();
    }
    this.lastWall = wall;
  }

  own(ms: number): void {
    this.ownMs = this.ownMs ? this.ownMs * 0.9 + ms * 0.1 : ms;
  }
}

/** The detector worker's steps for the stats corner, e.g. "worker: draw 10 · read 1 · detect 38 ms". */
export function stepsText(steps: { drawMs: number; readMs: number; detectMs: number } | null): string {
  if (!steps) return '';
  return `worker: draw ${steps.drawMs.toFixed(0)} · read ${steps.readMs.toFixed(0)} · detect ${steps.detectMs.toFixed(0)} ms`;
}
