/** Messages between the page and the detector worker. */
import type { PoseFrame } from '../../track/track';
import type { LoadProgress, ModelVariant } from '../model-files';
import type { Runtime } from '../runtimes/registry';

/** Where a frame's time goes inside the worker, ms. */
export interface WorkerSteps {
  /** The frame scaled to the detector's input size and turned into RGBA (the YUV pass, or a canvas draw). */
  drawMs: number;
  /** Pixels copied out (VideoFrame.copyTo of the YUV planes, or getImageData after a canvas draw). */
  readMs: number;
  /** The detector itself, including its pixels-to-tensor conversion. */
  detectMs: number;
  /** From the end of the worker's previous frame to the start of this one: time it had no frame to work on. */
  idleMs: number;
}

export type ToWorker =
  | { type: 'load'; runtime: Runtime; variant: ModelVariant }
  /** `image` is transferred, not copied; the worker draws it at `width` x `height`. */
  | { type: 'frame'; id: number; image: VideoFrame | ImageBitmap; width: number; height: number; t: number };

export interface WorkerError {
  name: string;
  message: string;
  /** For a missing model file: which one. */
  file?: string;
}

export type FromWorker =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'ready'; backend: string; resources: number }
  | { type: 'load-failed'; error: WorkerError }
  | { type: 'pose'; id: number; frame: PoseFrame; steps: WorkerSteps; resources: number }
  | { type: 'frame-failed'; id: number; error: WorkerError }
  /** A newer frame arrived before the worker got to this one. */
  | { type: 'dropped'; id: number };
