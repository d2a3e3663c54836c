/**
 * A page without UI that the extraction CLI and the detector benchmark drive from Node through
 * Playwright: the same detector adapter the app uses, fed one still image at a time.
 */
import { createPoseDetector, type PoseDetectorHandle } from '../pose/detector';
import type { ModelVariant } from '../pose/model-files';
import type { Runtime } from '../pose/runtimes/registry';
import type { PoseFrame } from '../track/track';
import { hasWebGL2, webglRenderer } from '../pose/webgl-support';
import { createExerciseEngine } from '../exercises';
import type { ExerciseEngine } from '../engine';
import { drawSkeleton } from '../ui/draw-skeleton';

let detector: PoseDetectorHandle | null = null;
// The engine runs on every frame in the app; its cost is part of the pipeline's own cost.
let engine: ExerciseEngine = createExerciseEngine('glute-bridge');
const canvas = document.createElement('canvas');
const overlay = document.createElement('canvas');

async function imageFromBase64(jpegBase64: string): Promise<ImageBitmap> {
  const bytes = Uint8Array.from(atob(jpegBase64), (c) => c.charCodeAt(0));
  return createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
}

export interface DetectResult {
  frame: PoseFrame;
  detectorMs: number;
  /** The pipeline's own cost for this frame: what the app does after detection (engine + overlay). */
  ownMs: number;
}

const api = {
  environment() {
    return { webgl2: hasWebGL2(), renderer: webglRenderer(), userAgent: navigator.userAgent };
  },
  async init(runtime: Runtime, variant: ModelVariant): Promise<{ backend: string; initMs: number }> {
    detector?.dispose();
    detector = null;
    const started = performance.now();
    // On the page, not in a worker: the benchmark times the detector itself, as the app's worker runs it.
    detector = await createPoseDetector({ runtime, variant, place: 'main' });
    engine = createExerciseEngine('glute-bridge');
    return { backend: detector.backend, initMs: performance.now() - started };
  },
  async detect(jpegBase64: string, t: number): Promise<DetectResult> {
    if (!detector) throw new Error('init() first');
    const image = await imageFromBase64(jpegBase64);
    // An off-DOM canvas of the image's own size: CSS sizing would scale the keypoints.
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    image.close();
    const size = { width: canvas.width, height: canvas.height };
    const started = performance.now();
    const frame = await detector.estimate(canvas, size, t);
    if (!frame) throw new Error('frame dropped'); // one frame at a time on the page: never happens
    const detectorMs = performance.now() - started;
    overlay.width = size.width;
    overlay.height = size.height;
    const ctx = overlay.getContext('2d')!;
    const drawStart = performance.now();
    engine.push(frame);
    const snapshot = engine.snapshot();
    ctx.clearRect(0, 0, size.width, size.height);
    drawSkeleton(ctx, frame.keypoints, { width: size.width, height: size.height, highlight: new Set(snapshot.activeFaults.flatMap((f) => f.landmarks)) });
    return { frame, detectorMs, ownMs: performance.now() - drawStart };
  },
  resources(): number {
    return detector?.resourceCount() ?? 0;
  },
  dispose(): void {
    detector?.dispose();
    detector = null;
  },
};

(window as unknown as { spineTools: typeof api; __spineToolsReady: boolean }).spineTools = api;
(window as unknown as { __spineToolsReady: boolean }).__spineToolsReady = true;
