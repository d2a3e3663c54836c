/**
 * The detector off the main thread: loads a runtime that can run in a worker, then turns each
 * transferred ImageBitmap (already at the detector's input size) into a PoseFrame. The page sends at
 * most a frame or two at a time, so nothing queues up here.
 */
import { ModelFileError, preloadModelFiles } from '../model-files';
import type { RuntimeDetector } from '../runtimes/detector-runtime';
import { runtimeById } from '../runtimes/registry';
import type { FromWorker, ToWorker, WorkerError } from './protocol';

let detector: RuntimeDetector | null = null;
let canvas: OffscreenCanvas | null = null;
let ctx: OffscreenCanvasRenderingContext2D | null = null;

const post = (message: FromWorker) => postMessage(message);

function describe(e: unknown): WorkerError {
  const err = e as Error;
  return { name: err?.name ?? 'Error', message: err?.message ?? String(e), file: e instanceof ModelFileError ? e.file : undefined };
}

async function load(runtime: ToWorker & { type: 'load' }): Promise<void> {
  try {
    const plugin = runtimeById(runtime.runtime);
    await preloadModelFiles(plugin.files(runtime.variant), (progress) => post({ type: 'progress', progress }));
    detector = await plugin.create(runtime.variant);
    post({ type: 'ready', backend: detector.backend, resources: detector.resourceCount() });
  } catch (e) {
    post({ type: 'load-failed', error: describe(e) });
  }
}

/** bitmap -> canvas -> RGBA pixels -> detector (its wasm kernel converts them to an int32 tensor in place). */
async function detect(message: ToWorker & { type: 'frame' }): Promise<void> {
  const { bitmap, id, t } = message;
  try {
    if (!detector) throw new Error('The detector is not loaded');
    const { width, height } = bitmap;
    if (!canvas || canvas.width !== width || canvas.height !== height) {
      canvas = new OffscreenCanvas(width, height);
      ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    }
    const t0 = performance.now();
    ctx!.drawImage(bitmap, 0, 0);
    bitmap.close();
    const t1 = performance.now();
    const pixels = ctx!.getImageData(0, 0, width, height);
    const t2 = performance.now();
    const frame = await detector.estimate(pixels, { width, height }, t);
    const t3 = performance.now();
    post({ type: 'pose', id, frame, steps: { drawMs: t1 - t0, readMs: t2 - t1, detectMs: t3 - t2 }, resources: detector.resourceCount() });
  } catch (e) {
    bitmap.close();
    post({ type: 'frame-failed', id, error: describe(e) });
  }
}

onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') void load(message);
  else void detect(message);
};
