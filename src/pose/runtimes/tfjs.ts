/**
 * tfjs graph models on the WASM backend: fast on a CPU, no GPU needed, and runs in a Web Worker.
 * Raw keypoints: smoothing is off because the engine owns it.
 */
import { TFJS_WASM_PATH, tfjsModelUrls, type ModelVariant } from '../model-files';
import { toPoseFrame, type FrameSize } from '../to-pose-frame';
import type { DetectorInput, DetectorRuntime, RuntimeDetector } from './detector-runtime';

/**
 * The tfjs path's cost grows with the input's pixels (it converts the whole frame to a tensor before
 * cropping 224/256 px out of it): lite took ~80 ms on a 1280x720 frame and ~48 ms on a 640x360 one here
 * (`npm run bench:detector -- --width 640` vs the default). BlazePose never looks at more than 256 px,
 * so frames are scaled down to this width first. Keypoints are normalised, so nothing else changes.
 */
export const TFJS_INPUT_MAX_WIDTH = 640;

/** The size a frame is handed to the tfjs detector at. */
function tfjsInputSize(size: FrameSize): FrameSize {
  if (size.width <= TFJS_INPUT_MAX_WIDTH) return size;
  return { width: TFJS_INPUT_MAX_WIDTH, height: Math.round((size.height * TFJS_INPUT_MAX_WIDTH) / size.width) };
}

/** On the main thread a page element is drawn down to the input size on a canvas first. */
function downscaler() {
  let canvas: HTMLCanvasElement | null = null;
  return (input: DetectorInput, size: FrameSize): { input: DetectorInput; size: FrameSize } => {
    const scaled = tfjsInputSize(size);
    if (scaled === size || input instanceof ImageData) return { input, size };
    canvas ??= document.createElement('canvas');
    if (canvas.width !== scaled.width || canvas.height !== scaled.height) {
      canvas.width = scaled.width;
      canvas.height = scaled.height;
    }
    canvas.getContext('2d')!.drawImage(input, 0, 0, scaled.width, scaled.height);
    return { input: canvas, size: scaled };
  };
}

async function create(variant: ModelVariant): Promise<RuntimeDetector> {
  const tf = await import('@tensorflow/tfjs-core');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  // Threads would need cross-origin isolation and are no faster on 2 cores; the wasm files come from our origin.
  wasm.setWasmPaths(TFJS_WASM_PATH);
  if (tf.getBackend() !== 'wasm') {
    const ok = await tf.setBackend('wasm');
    if (!ok) throw new Error('The tfjs WASM backend could not start in this browser.');
  }
  await tf.ready();
  const pd = await import('@tensorflow-models/pose-detection');
  const urls = tfjsModelUrls(variant);
  const detector = await pd.createDetector(pd.SupportedModels.BlazePose, {
    runtime: 'tfjs',
    modelType: variant,
    enableSmoothing: false,
    detectorModelUrl: urls.detector,
    landmarkModelUrl: urls.landmark,
  });
  const prepare = typeof document === 'undefined' ? null : downscaler();
  return {
    backend: 'tfjs-wasm',
    async estimate(frameInput, frameSize, t) {
      const { input, size } = prepare ? prepare(frameInput, frameSize) : { input: frameInput, size: frameSize };
      const poses = await detector.estimatePoses(input, { maxPoses: 1, flipHorizontal: false }, t * 1000);
      return toPoseFrame(poses[0], size, t);
    },
    resourceCount: () => tf.memory().numTensors,
    dispose: () => detector.dispose(),
  };
}

export const tfjsRuntime = {
  id: 'tfjs',
  label: 'TensorFlow.js + WASM (CPU, in a worker)',
  gpu: false,
  runsInWorker: true,
  unavailableReason: () => null,
  files(variant: ModelVariant) {
    const urls = tfjsModelUrls(variant);
    return [
      `${TFJS_WASM_PATH}tfjs-backend-wasm-simd.wasm`,
      urls.detector,
      urls.detector.replace(/\.json$/, '.bin'),
      urls.landmark,
      urls.landmark.replace(/\.json$/, '.bin'),
    ];
  },
  inputSize: tfjsInputSize,
  create,
} as const satisfies DetectorRuntime<'tfjs'>;
