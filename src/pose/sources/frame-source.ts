/**
 * A source of frames for the pose stream: a camera, a video file or a pose track. A video source asks
 * the sink to detect its current frame; a track source hands over PoseFrames it already has. A stopped
 * source's sink is ignored by the stream, so late async work from an old source can never land.
 */
import type { PoseFrame } from '../../track/track';
import type { SourceProblem } from '../source-errors';

export type SourceKind = 'camera' | 'video' | 'track';

export interface SourceInfo {
  name: string;
  width: number;
  height: number;
}

export interface FrameSink {
  /** Detect the video element's current frame at source time `t` s, captured at `capturedAt` (performance.now ms). */
  detect(t: number, capturedAt: number): Promise<void>;
  /** How many frames the detector takes at once (2 for a worker, else 1). */
  readonly maxInFlight: number;
  /** Where camera time continues from after a pause, a reconnect or a model change, s. */
  startT(): number;
  pose(frame: PoseFrame): void;
  /** Every-frame analysis: 0..1. */
  progress(fraction: number | null): void;
  end(): void;
  fail(problem: SourceProblem): void;
}

export interface FrameSource {
  readonly kind: SourceKind;
  /** The selfie camera is shown as in a mirror. */
  readonly mirrored: boolean;
  /** Whether frames go through the detector (a track's frames are already poses). */
  readonly needsDetector: boolean;
  /** Opens the input (camera permission, file decoding); throws a SourceError with what to tell the person. */
  open(sink: FrameSink): Promise<SourceInfo>;
  /** Delivers frames until paused, stopped or the input ends; after pause(), carries on. */
  run(): void;
  pause(): void;
  stop(): void;
}

export class SourceError extends Error {
  constructor(readonly problem: SourceProblem) {
    super(problem.message);
    this.name = 'SourceError';
  }
}
