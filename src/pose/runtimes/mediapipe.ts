/**
 * @mediapipe/pose's own wasm + WebGL2 graph: fast with a real GPU, ten times slower in software WebGL.
 * It loads its own script and draws with WebGL on the page, so it runs on the main thread.
 */
import { MEDIAPIPE_SOLUTION_PATH, type ModelVariant } from '../model-files';
import { toPoseFrame } from '../to-pose-frame';
import type { DetectorRuntime, RuntimeDetector } from './detector-runtime';

async function create(variant: ModelVariant): Promise<RuntimeDetector> {
  const pd = await import('@tensorflow-models/pose-detection');
  const detector = await pd.createDetector(pd.SupportedModels.BlazePose, {
    runtime: 'mediapipe',
    modelType: variant,
    solutionPath: MEDIAPIPE_SOLUTION_PATH,
    enableSmoothing: false,
    enableSegmentation: false,
  });
  return {
    backend: 'mediapipe-webgl2',
    async estimate(input, size, t) {
      const poses = await detector.estimatePoses(input, { maxPoses: 1, flipHorizontal: false }, t * 1000);
      return toPoseFrame(poses[0], size, t);
    },
    resourceCount: () => 0,
    dispose: () => detector.dispose(),
  };
}

export const mediapipeRuntime = {
  id: 'mediapipe',
  label: 'MediaPipe (GPU, main thread)',
  gpu: true,
  runsInWorker: false,
  // Without this check the runtime fails with "Cannot read properties of undefined (reading 'loadGraph')".
  unavailableReason: (env) => (env.webgl2 ? null : 'The mediapipe runtime needs WebGL2, which this browser does not offer.'),
  files: (variant: ModelVariant) => [
    `${MEDIAPIPE_SOLUTION_PATH}/pose_web.binarypb`,
    `${MEDIAPIPE_SOLUTION_PATH}/pose_solution_packed_assets.data`,
    `${MEDIAPIPE_SOLUTION_PATH}/pose_solution_simd_wasm_bin.wasm`,
    `${MEDIAPIPE_SOLUTION_PATH}/pose_landmark_${variant}.tflite`,
  ],
  inputSize: (size) => size,
  create,
} as const satisfies DetectorRuntime<'mediapipe'>;
