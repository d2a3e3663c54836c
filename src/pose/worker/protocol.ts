/** Messages between the page and the detector worker. */
import type { PoseFrame } from '../../track/track';
import type { LoadProgress, ModelVariant } from '../model-files';
import type { Runtime } from '../runtimes/registry';

/** Where a frame's time goes inside the worker, ms. */
export interface WorkerSteps {
  /** ImageBitmap drawn onto the worker's canvas. */
  drawMs: number;
  /** Pixels read back from the canvas (getImageData). */
  readMs: number;
  /** The detector itself, including its pixels-to-tensor conversion. */
  detectMs: number;
}

export type ToWorker =
  | { type: 'load'; runtime: Runtime; variant: ModelVariant }
  | { type: 'frame'; id: number; bitmap: ImageBitmap; t: number };

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
  | { type: 'frame-failed'; id: number; error: WorkerError };
