/**
 * The detector off the main thread: loads a runtime that can run in a worker, then turns each
 * transferred VideoFrame (or ImageBitmap) into a PoseFrame. All pixel work happens here: a camera's
 * YUV frame is copied out once and scaled and converted to RGBA in one pass (frame-pixels.ts), and the
 * runtime converts those pixels into its tensor. The page sends
 * every camera frame (a VideoFrame costs it nothing); only the newest waits while one is detected.
 */
import { ModelFileError, preloadModelFiles } from '../model-files';
import type { RuntimeDetector } from '../runtimes/detector-runtime';
import { runtimeById } from '../runtimes/registry';
import { framePixels } from './frame-pixels';
import { NewestFrameSlot } from './newest-frame-slot';
import type { FromWorker, ToWorker, WorkerError } from './protocol';

let detector: RuntimeDetector | null = null;
/** When the last frame was done (null before the first): the idle time before the next is measured from it. */
let finishedAt: number | null = null;
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

/** frame -> RGBA pixels at input size (frame-pixels.ts) -> detector (its wasm kernel writes them into an int32 tensor in place). */
async function detect(message: ToWorker & { type: 'frame' }): Promise<void> {
  const { image, id, t, width, height } = message;
  if (!detector) {
    image.close();
    return post({ type: 'frame-failed', id, error: describe(new Error('The detector is not loaded')) });
  }
  const idleMs = finishedAt === null ? 0 : performance.now() - finishedAt;
  try {
    const { pixels, drawMs, readMs } = await framePixels(image, width, height);
    const t0 = performance.now();
    const frame = await detector.estimate(pixels, { width, height }, t);
    post({ type: 'pose', id, frame, steps: { drawMs, readMs, detectMs: performance.now() - t0, idleMs }, resources: detector.resourceCount() });
  } catch (e) {
    post({ type: 'frame-failed', id, error: describe(e) });
  } finally {
    finishedAt = performance.now();
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
