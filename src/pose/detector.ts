/**
 * The one BlazePose detector a page uses: a runtime plug-in (runtimes/), run in a Web Worker where
 * the runtime can run there, else on the main thread. Both give the same PoseFrame.
 */
import type { PoseFrame } from '../track/track';
import { preloadModelFiles, type LoadProgress, type ModelVariant } from './model-files';
import type { DetectorInput } from './runtimes/detector-runtime';
import { runtimeById, type Runtime } from './runtimes/registry';
import type { FrameSize } from './to-pose-frame';
import { hasWebGL2 } from './webgl-support';
import { createWorkerDetector, type FrameSteps } from './worker/worker-detector';

export type { DetectorInput };
export type DetectorPlace = 'worker' | 'main';

export interface PoseDetectorHandle {
  readonly runtime: Runtime;
  readonly variant: ModelVariant;
  /** e.g. "mediapipe-webgl2" or "tfjs-wasm". */
  readonly backend: string;
  readonly place: DetectorPlace;
  /** Where the last frame's time went (worker detectors only). */
  readonly steps: FrameSteps | null;
  /** The frame's pose, or null when a newer frame replaced it before the worker got to it. */
  estimate(input: DetectorInput, size: FrameSize, t: number): Promise<PoseFrame | null>;
  /** Live resources the runtime holds (tensors for tfjs), to prove nothing leaks per frame. */
  resourceCount(): number;
  dispose(): void;
}

export interface DetectorOptions {
  runtime: Runtime;
  variant: ModelVariant;
  onProgress?: (p: LoadProgress) => void;
  /** 'worker' (default) where the runtime can run in one; 'main' keeps it on the page, for comparison. */
  place?: DetectorPlace;
}

export class DetectorUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DetectorUnavailableError';
  }
}

export async function createPoseDetector(options: DetectorOptions): Promise<PoseDetectorHandle> {
  const { runtime, variant } = options;
  const plugin = runtimeById(runtime);
  const unavailable = plugin.unavailableReason({ webgl2: hasWebGL2() });
  if (unavailable) throw new DetectorUnavailableError(unavailable);
  if (plugin.runsInWorker && (options.place ?? 'worker') === 'worker') {
    const detector = await createWorkerDetector(runtime, variant, options.onProgress);
    return Object.assign(detector, { runtime, variant, place: 'worker' as const });
  }
  await preloadModelFiles(plugin.files(variant), options.onProgress);
  const detector = await plugin.create(variant);
  let disposed = false;
  return {
    runtime,
    variant,
    backend: detector.backend,
    place: 'main',
    steps: null,
    async estimate(input, size, t) {
      if (disposed) throw new Error('Detector used after dispose');
      if (input instanceof HTMLVideoElement && (input.width !== size.width || input.height !== size.height)) {
        // The tfjs runtime reads the element's width/height attributes; without them it finds nobody.
        input.width = size.width;
        input.height = size.height;
      }
      return detector.estimate(input, size, t);
    },
    resourceCount: () => detector.resourceCount(),
    dispose() {
      if (disposed) return;
      disposed = true;
      detector.dispose();
    },
  };
}
