/**
 * The detector off the main thread: loads a runtime that can run in a worker, then turns each
 * transferred VideoFrame (or ImageBitmap) into a PoseFrame. All pixel work happens here: one scaled
 * draw onto a CPU canvas, one read-back, and the runtime's conversion into its tensor. The page sends
 * every camera frame (a VideoFrame costs it nothing); only the newest waits while one is detected.
 */
import { ModelFileError, preloadModelFiles } from '../model-files';
import type { RuntimeDetector } from '../runtimes/detector-runtime';
import { runtimeById } from '../runtimes/registry';
import { NewestFrameSlot } from './newest-frame-slot';
import type { FromWorker, ToWorker, WorkerError } from './protocol';

let detector: RuntimeDetector | null = null;
let canvas: OffscreenCanvas | null = null;
let ctx: OffscreenCanvasRenderingContext2D | null = null;
const slot = new NewestFrameSlot<ToWorker & { type: 'frame' }>();

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

/** frame -> canvas at input size -> RGBA pixels -> detector (its wasm kernel writes them into an int32 tensor in place). */
async function detect(message: ToWorker & { type: 'frame' }): Promise<void> {
  const { image, id, t, width, height } = message;
  try {
    if (!detector) throw new Error('The detector is not loaded');
    if (!canvas || canvas.width !== width || canvas.height !== height) {
      canvas = new OffscreenCanvas(width, height);
      // CPU-backed, so the read-back below is a plain copy rather than a GPU download.
      ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    }
    const t0 = performance.now();
    ctx!.drawImage(image, 0, 0, width, height);
    image.close();
    const t1 = performance.now();
    const pixels = ctx!.getImageData(0, 0, width, height);
    const t2 = performance.now();
    const frame = await detector.estimate(pixels, { width, height }, t);
    const t3 = performance.now();
    post({ type: 'pose', id, frame, steps: { drawMs: t1 - t0, readMs: t2 - t1, detectMs: t3 - t2 }, resources: detector.resourceCount() });
  } catch (e) {
    image.close();
    post({ type: 'frame-failed', id, error: describe(e) });
  }
}

/** Lets the frames that arrived during a detection be delivered (each replacing the waiting one) before the next is taken. */
function frameArrivals(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function run(frame: ToWorker & { type: 'frame' }): Promise<void> {
  for (let next: typeof frame | null = frame; next; next = slot.done()) {
    await detect(next);
    await frameArrivals();
  }
}

onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') return void load(message);
  const { run: now, replaced } = slot.offer(message);
  if (replaced) {
    replaced.image.close();
    post({ type: 'dropped', id: replaced.id });
  }
  if (now) void run(now);
};
