/**
 * The one BlazePose detector a page uses, on either offline runtime:
 * - `mediapipe`: @mediapipe/pose's own wasm + WebGL2 graph (fast with a real GPU);
 * - `tfjs`: tfjs graph models on the WASM backend (fast on a CPU, no GPU needed).
 * Both return the same PoseFrame. Raw keypoints: smoothing is off because the engine owns it.
 */
import type { PoseDetector } from '@tensorflow-models/pose-detection';
import {
  MEDIAPIPE_SOLUTION_PATH,
  modelFiles,
  preloadModelFiles,
  TFJS_WASM_PATH,
  tfjsModelUrls,
  type LoadProgress,
  type ModelVariant,
  type Runtime,
} from './model-files';
import { toPoseFrame, type FrameSize } from './to-pose-frame';
import type { PoseFrame } from '../track/track';
import { hasWebGL2 } from './webgl-support';

export type DetectorInput = HTMLVideoElement | HTMLCanvasElement | HTMLImageElement | ImageBitmap | ImageData;

export interface PoseDetectorHandle {
  readonly runtime: Runtime;
  readonly variant: ModelVariant;
  /** e.g. "mediapipe-webgl2" or "tfjs-wasm". */
  readonly backend: string;
  estimate(input: DetectorInput, size: FrameSize, t: number): Promise<PoseFrame>;
  /** Live resources the runtime holds (tensors for tfjs), to prove nothing leaks per frame. */
  resourceCount(): number;
  dispose(): void;
}

export interface DetectorOptions {
  runtime: Runtime;
  variant: ModelVariant;
  onProgress?: (p: LoadProgress) => void;
}

/**
 * The tfjs path's cost grows with the input's pixels (it converts the whole frame to a tensor before
 * cropping 224/256 px out of it): lite took ~80 ms on a 1280x720 frame and ~48 ms on a 640x360 one here
 * (`npm run bench:detector -- --width 640` vs the default). BlazePose never looks at more than 256 px,
 * so frames are drawn down to this width first. Keypoints are normalised, so nothing else changes.
 */
export const TFJS_INPUT_MAX_WIDTH = 640;

function downscaler() {
  let canvas: HTMLCanvasElement | null = null;
  return (input: DetectorInput, size: FrameSize): { input: DetectorInput; size: FrameSize } => {
    if (size.width <= TFJS_INPUT_MAX_WIDTH || input instanceof ImageData) return { input, size };
    const scaled = { width: TFJS_INPUT_MAX_WIDTH, height: Math.round((size.height * TFJS_INPUT_MAX_WIDTH) / size.width) };
    canvas ??= document.createElement('canvas');
    if (canvas.width !== scaled.width || canvas.height !== scaled.height) {
      canvas.width = scaled.width;
      canvas.height = scaled.height;
    }
    canvas.getContext('2d')!.drawImage(input, 0, 0, scaled.width, scaled.height);
    return { input: canvas, size: scaled };
  };
}

export class DetectorUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DetectorUnavailableError';
  }
}

async function loadPoseDetection() {
  return import('@tensorflow-models/pose-detection');
}

async function createMediapipe(variant: ModelVariant): Promise<{ detector: PoseDetector; backend: string }> {
  if (!hasWebGL2()) {
    // Without this check the runtime fails with "Cannot read properties of undefined (reading 'loadGraph')".
    throw new DetectorUnavailableError('The mediapipe runtime needs WebGL2, which this browser does not offer.');
  }
  const pd = await loadPoseDetection();
  const detector = await pd.createDetector(pd.SupportedModels.BlazePose, {
    runtime: 'mediapipe',
    modelType: variant,
    solutionPath: MEDIAPIPE_SOLUTION_PATH,
    enableSmoothing: false,
    enableSegmentation: false,
  });
  return { detector, backend: 'mediapipe-webgl2' };
}

async function createTfjs(variant: ModelVariant): Promise<{ detector: PoseDetector; backend: string; tf: typeof import('@tensorflow/tfjs-core') }> {
  const tf = await import('@tensorflow/tfjs-core');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  // Threads would need cross-origin isolation and are no faster on 2 cores; the wasm files come from our origin.
  wasm.setWasmPaths(TFJS_WASM_PATH);
  if (tf.getBackend() !== 'wasm') {
    const ok = await tf.setBackend('wasm');
    if (!ok) throw new DetectorUnavailableError('The tfjs WASM backend could not start in this browser.');
  }
  await tf.ready();
  const pd = await loadPoseDetection();
  const urls = tfjsModelUrls(variant);
  const detector = await pd.createDetector(pd.SupportedModels.BlazePose, {
    runtime: 'tfjs',
    modelType: variant,
    enableSmoothing: false,
    detectorModelUrl: urls.detector,
    landmarkModelUrl: urls.landmark,
  });
  return { detector, backend: 'tfjs-wasm', tf };
}

export async function createPoseDetector(options: DetectorOptions): Promise<PoseDetectorHandle> {
  const { runtime, variant } = options;
  if (runtime === 'mediapipe' && !hasWebGL2()) {
    throw new DetectorUnavailableError('The mediapipe runtime needs WebGL2, which this browser does not offer.');
  }
  await preloadModelFiles(modelFiles(runtime, variant), options.onProgress);
  let tf: typeof import('@tensorflow/tfjs-core') | null = null;
  let created: { detector: PoseDetector; backend: string };
  if (runtime === 'tfjs') {
    const r = await createTfjs(variant);
    tf = r.tf;
    created = r;
  } else {
    created = await createMediapipe(variant);
  }
  const { detector, backend } = created;
  const prepare = runtime === 'tfjs' ? downscaler() : (input: DetectorInput, size: FrameSize) => ({ input, size });
  let disposed = false;
  return {
    runtime,
    variant,
    backend,
    async estimate(frameInput, frameSize, t) {
      if (disposed) throw new Error('Detector used after dispose');
      const { input, size } = prepare(frameInput, frameSize);
      if (input instanceof HTMLVideoElement && (input.width !== size.width || input.height !== size.height)) {
        // The tfjs runtime reads the element's width/height attributes; without them it finds nobody.
        input.width = size.width;
        input.height = size.height;
      }
      const poses = await detector.estimatePoses(input, { maxPoses: 1, flipHorizontal: false }, t * 1000);
      return toPoseFrame(poses[0], size, t);
    },
    resourceCount() {
      return tf ? tf.memory().numTensors : 0;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      detector.dispose();
    },
  };
}
