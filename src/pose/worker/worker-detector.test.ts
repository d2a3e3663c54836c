import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ModelFileError } from '../model-files';
import type { FromWorker, ToWorker } from './protocol';
import { createWorkerDetector } from './worker-detector';

/** Stands in for the detector worker: records what the page posts and answers with `reply`. */
class FakeWorker {
  static last: FakeWorker;
  posted: { message: ToWorker; transfer?: Transferable[] }[] = [];
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  reply: (m: ToWorker) => FromWorker[] = () => [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: ToWorker, transfer?: Transferable[]) {
    this.posted.push({ message, transfer });
    const answers = this.reply(message);
    queueMicrotask(() => answers.forEach((data) => this.onmessage?.({ data } as MessageEvent<FromWorker>)));
  }
  terminate() {
    this.terminated = true;
  }
}

const bitmaps: { source: unknown; options: ImageBitmapOptions }[] = [];

beforeEach(() => {
  bitmaps.length = 0;
  vi.stubGlobal('Worker', class extends FakeWorker {});
  vi.stubGlobal('createImageBitmap', async (source: unknown, options: ImageBitmapOptions) => {
    bitmaps.push({ source, options });
    return { width: options.resizeWidth, height: options.resizeHeight, close() {} };
  });
});
afterEach(() => vi.unstubAllGlobals());

/** Starts a detector whose worker answers `load` with `loadReply`. */
async function start(loadReply: FromWorker[], onProgress?: (p: unknown) => void) {
  const started = createWorkerDetector('tfjs', 'lite', onProgress);
  const worker = FakeWorker.last;
  worker.reply = (m) => (m.type === 'load' ? loadReply : []);
  // The load message was posted before reply was set: answer it now.
  queueMicrotask(() => loadReply.forEach((data) => worker.onmessage?.({ data } as MessageEvent<FromWorker>)));
  return { started, worker };
}

describe('createWorkerDetector', () => {
  it('reports load progress and resolves with the backend the worker loaded', async () => {
    const progress: unknown[] = [];
    const { started, worker } = await start(
      [{ type: 'progress', progress: { loadedBytes: 5, totalBytes: 10, file: 'a' } }, { type: 'ready', backend: 'tfjs-wasm', resources: 374 }],
      (p) => progress.push(p),
    );
    const detector = await started;
    expect(detector.backend).toBe('tfjs-wasm');
    expect(detector.resourceCount()).toBe(374);
    expect(progress).toHaveLength(1);
    expect(worker.posted[0].message).toEqual({ type: 'load', runtime: 'tfjs', variant: 'lite' });
  });

  it('turns a missing model file inside the worker into the same ModelFileError, naming the file', async () => {
    const { started, worker } = await start([{ type: 'load-failed', error: { name: 'ModelFileError', message: 'Model file /models/tfjs/blazepose-lite.bin could not be loaded (HTTP 404). Run `npm install`…', file: '/models/tfjs/blazepose-lite.bin' } }]);
    const error = await started.catch((e) => e);
    expect(error).toBeInstanceOf(ModelFileError);
    expect(error.message).toContain('blazepose-lite.bin');
    expect(error.message).toContain('HTTP 404');
    expect(worker.terminated).toBe(true);
  });

  it('sends the video frame as a transferred VideoFrame (no copy on the page), to be drawn at the detector input size', async () => {
    const made: unknown[] = [];
    vi.stubGlobal('VideoFrame', class { constructor(source: unknown) { made.push(source); } close() {} });
    const { started, worker } = await start([{ type: 'ready', backend: 'tfjs-wasm', resources: 1 }]);
    const detector = await started;
    worker.reply = (m) => (m.type === 'frame' ? [{ type: 'pose', id: m.id, frame: { t: m.t, keypoints: null }, steps: { drawMs: 3, readMs: 1, detectMs: 30, idleMs: 0 }, resources: 1 }] : []);
    const video = {} as HTMLVideoElement;
    await detector.estimate(video, { width: 1280, height: 720 }, 2);
    expect(made).toEqual([video]);
    expect(bitmaps).toHaveLength(0);
    const sent = worker.posted[1];
    expect(sent.message).toMatchObject({ type: 'frame', width: 640, height: 360, t: 2 });
    expect(sent.transfer).toEqual([(sent.message as { image: unknown }).image]);
  });

  it('without VideoFrame, sends a transferred ImageBitmap made at the detector input size, and returns the worker PoseFrame with its steps', async () => {
    const { started, worker } = await start([{ type: 'ready', backend: 'tfjs-wasm', resources: 1 }]);
    const detector = await started;
    worker.reply = (m) =>
      m.type === 'frame' ? [{ type: 'pose', id: m.id, frame: { t: m.t, keypoints: null, world: null }, steps: { drawMs: 1, readMs: 2, detectMs: 30, idleMs: 0 }, resources: 1 }] : [];
    const video = {} as HTMLVideoElement;
    const frame = await detector.estimate(video, { width: 1280, height: 720 }, 1.5);
    expect(frame?.t).toBe(1.5);
    expect(bitmaps[0]).toMatchObject({ source: video, options: { resizeWidth: 640, resizeHeight: 360 } });
    const sent = worker.posted[1];
    expect(sent.message.type).toBe('frame');
    expect(sent.transfer).toEqual([(sent.message as { image: unknown }).image]); // transferred, not copied
    expect(detector.steps).toMatchObject({ drawMs: 1, readMs: 2, detectMs: 30, idleMs: 0 });
  });

  it('resolves a frame the worker replaced with a newer one as null (dropped, not failed)', async () => {
    const { started, worker } = await start([{ type: 'ready', backend: 'tfjs-wasm', resources: 1 }]);
    const detector = await started;
    worker.reply = (m) => (m.type === 'frame' ? [{ type: 'dropped', id: m.id }] : []);
    await expect(detector.estimate({} as HTMLVideoElement, { width: 640, height: 360 }, 0)).resolves.toBeNull();
  });

  it('rejects a frame the worker could not detect, and keeps working for the next', async () => {
    const { started, worker } = await start([{ type: 'ready', backend: 'tfjs-wasm', resources: 1 }]);
    const detector = await started;
    let fail = true;
    worker.reply = (m) =>
      m.type !== 'frame' ? [] : fail ? [{ type: 'frame-failed', id: m.id, error: { name: 'Error', message: 'out of memory' } }] : [{ type: 'pose', id: m.id, frame: { t: m.t, keypoints: null }, steps: { drawMs: 0, readMs: 0, detectMs: 1, idleMs: 0 }, resources: 1 }];
    await expect(detector.estimate({} as HTMLVideoElement, { width: 640, height: 360 }, 0)).rejects.toThrow('out of memory');
    fail = false;
    await expect(detector.estimate({} as HTMLVideoElement, { width: 640, height: 360 }, 1)).resolves.toMatchObject({ t: 1 });
    detector.dispose();
    expect(worker.terminated).toBe(true);
  });
});
