/**
 * The page's side of the detector worker: a PoseDetectorHandle whose estimate() wraps the video's
 * current frame in a VideoFrame (a reference to the decoded frame, no pixel copy), transfers it and
 * resolves with the worker's PoseFrame; scaling and conversion happen in the worker. Where VideoFrame
 * is missing, createImageBitmap scales on the page instead. Errors from inside the worker come back
 * as the same error types as on the main thread.
 */
import type { PoseFrame } from '../../track/track';
import { ModelFileError, type LoadProgress, type ModelVariant } from '../model-files';
import type { DetectorInput } from '../runtimes/detector-runtime';
import { runtimeById, type Runtime } from '../runtimes/registry';
import type { FrameSize } from '../to-pose-frame';
import type { FromWorker, ToWorker, WorkerError, WorkerSteps } from './protocol';

/** Where one frame's time went, ms: on the page (wrapping the frame) and in the worker. */
export interface FrameSteps extends WorkerSteps {
  /** VideoFrame (or ImageBitmap) made on the page. */
  grabMs: number;
  /** Frame posted to pose received: waiting behind the frame before it, the worker's steps and messaging. */
  roundTripMs: number;
}

/** The frame as a transferable image: a VideoFrame where the browser has them. */
async function grab(input: DetectorInput, size: FrameSize): Promise<VideoFrame | ImageBitmap> {
  const pixels = typeof ImageData !== 'undefined' && input instanceof ImageData;
  if (typeof VideoFrame !== 'undefined' && !pixels) return new VideoFrame(input as CanvasImageSource, { timestamp: 0 });
  return createImageBitmap(input, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'low' });
}

function toError(e: WorkerError): Error {
  if (e.name === 'ModelFileError' && e.file) return new ModelFileError(e.file, e.message.match(/\(([^)]*)\)/)?.[1] ?? e.message);
  return Object.assign(new Error(e.message), { name: e.name });
}

export interface WorkerDetector {
  readonly backend: string;
  readonly steps: FrameSteps | null;
  /** The frame's pose, or null when a newer frame replaced it before the worker got to it. */
  estimate(input: DetectorInput, size: FrameSize, t: number): Promise<PoseFrame | null>;
  resourceCount(): number;
  dispose(): void;
}

export async function createWorkerDetector(runtime: Runtime, variant: ModelVariant, onProgress?: (p: LoadProgress) => void): Promise<WorkerDetector> {
  const worker = new Worker(new URL('./detector-worker.ts', import.meta.url), { type: 'module', name: 'pose-detector' });
  const pending = new Map<number, { resolve(f: PoseFrame | null): void; reject(e: Error): void; posted: number; grabMs: number }>();
  let resources = 0;
  let steps: FrameSteps | null = null;
  let nextId = 1;
  let disposed = false;
  const inputSize = runtimeById(runtime).inputSize;

  const backend = await new Promise<string>((resolve, reject) => {
    worker.onerror = (e) => reject(new Error(`The detector worker failed to start: ${e.message || 'script error'}`));
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'ready') {
        resources = m.resources;
        resolve(m.backend);
      } else if (m.type === 'load-failed') reject(toError(m.error));
    };
    worker.postMessage({ type: 'load', runtime, variant } satisfies ToWorker);
  }).catch((e) => {
    worker.terminate();
    throw e;
  });

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    if (m.type !== 'pose' && m.type !== 'frame-failed' && m.type !== 'dropped') return;
    const job = pending.get(m.id);
    if (!job) return;
    pending.delete(m.id);
    if (m.type === 'frame-failed') return job.reject(toError(m.error));
    if (m.type === 'dropped') return job.resolve(null);
    resources = m.resources;
    steps = { ...m.steps, grabMs: job.grabMs, roundTripMs: performance.now() - job.posted };
    job.resolve(m.frame);
  };

  return {
    backend,
    get steps() {
      return steps;
    },
    async estimate(input, size, t) {
      if (disposed) throw new Error('Detector used after dispose');
      const scaled = inputSize(size);
      const started = performance.now();
      const image = await grab(input, scaled);
      const posted = performance.now();
      const id = nextId++;
      const result = new Promise<PoseFrame | null>((resolve, reject) => pending.set(id, { resolve, reject, posted, grabMs: posted - started }));
      worker.postMessage({ type: 'frame', id, image, width: scaled.width, height: scaled.height, t } satisfies ToWorker, [image]);
      return result;
    },
    resourceCount: () => resources,
    dispose() {
      if (disposed) return;
      disposed = true;
      worker.terminate();
      // Frames still in the worker are dropped, not failed: their source has moved on (a lighter model).
      pending.clear();
    },
  };
}
