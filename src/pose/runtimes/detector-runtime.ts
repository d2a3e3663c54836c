/**
 * What a detector runtime plug-in provides (one file per runtime in this folder, registered in
 * registry.ts). Every runtime returns the same PoseFrame, so nothing downstream knows which ran.
 */
import type { PoseFrame } from '../../track/track';
import type { FrameSize } from '../to-pose-frame';
import type { ModelVariant } from '../model-files';

export type DetectorInput = HTMLVideoElement | HTMLCanvasElement | HTMLImageElement | ImageBitmap | ImageData;

export interface RuntimeDetector {
  /** e.g. "mediapipe-webgl2" or "tfjs-wasm". */
  readonly backend: string;
  estimate(input: DetectorInput, size: FrameSize, t: number): Promise<PoseFrame>;
  /** Live resources the runtime holds (tensors for tfjs), to prove nothing leaks per frame. */
  resourceCount(): number;
  dispose(): void;
}

export interface RuntimeEnvironment {
  webgl2: boolean;
}

export interface DetectorRuntime<Id extends string = string> {
  readonly id: Id;
  /** What the runtime choice shows. */
  readonly label: string;
  /**
   * Whether the runtime can run in a Web Worker. One that draws with WebGL on the page and loads its
   * own script (mediapipe) cannot, and stays on the main thread.
   */
  readonly runsInWorker: boolean;
  /** Whether it computes on the GPU: ten times slower where WebGL is software-rendered, so not even measured there. */
  readonly gpu: boolean;
  /** Why it cannot run in this browser, or null when it can. */
  unavailableReason(env: RuntimeEnvironment): string | null;
  /** The big files a variant loads; the preloader names the one that is missing. */
  files(variant: ModelVariant): string[];
  /** The frame size the runtime wants its input at (it may scale frames down first). */
  inputSize(size: FrameSize): FrameSize;
  create(variant: ModelVariant): Promise<RuntimeDetector>;
}
