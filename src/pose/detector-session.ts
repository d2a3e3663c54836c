/**
 * The page's detector over time: loaded once per runtime+model, the runtime chosen by the one policy
 * (measuring each runnable runtime on the live picture on a first start), the model lowered when
 * frames stay slow, and the one "estimate -> time" step every source uses.
 */
import type { PoseFrame } from '../track/track';
import type { DetectorInput, DetectorOptions, DetectorPlace, PoseDetectorHandle } from './detector';
import type { LoadProgress, ModelVariant } from './model-files';
import { decideRuntime, fastEnough, fasterRuntime, loadStoredChoice, median, storeChoice, type Runtime, type RuntimePreference, type RuntimeTiming } from './runtime-choice';
import type { FrameSize } from './to-pose-frame';

const CALIBRATION_FRAMES = 4;

export interface DetectorSessionDeps {
  create(options: DetectorOptions): Promise<PoseDetectorHandle>;
  environment(): { webgl2: boolean; renderer: string };
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  now(): number;
  place: DetectorPlace;
}

export interface SessionHooks {
  /** A model starts (true) or has finished (false) loading. */
  loading(on: boolean): void;
  progress(progress: LoadProgress): void;
  calibrating(on: boolean): void;
  /** False once the source this work is for has been stopped. */
  current(): boolean;
}

/** The live picture calibration times the runtimes on. */
export interface Sample {
  input: DetectorInput;
  size: FrameSize;
}

export class DetectorSession {
  handle: PoseDetectorHandle | null = null;
  /** The runtime chosen on this page, kept for later sources when the preference is 'auto'. */
  private chosen: Runtime | null = null;
  private key = '';
  forceCalibration = false;

  constructor(private readonly deps: DetectorSessionDeps) {}

  /** Loads runtime+variant unless that is what is loaded already. */
  async load(runtime: Runtime, variant: ModelVariant, hooks: SessionHooks): Promise<void> {
    const key = `${runtime}/${variant}`;
    if (this.handle && this.key === key) return;
    this.dispose();
    hooks.loading(true);
    try {
      this.handle = await this.deps.create({ runtime, variant, place: this.deps.place, onProgress: hooks.progress });
      this.key = key;
    } finally {
      hooks.loading(false);
    }
  }

  /** Chooses the runtime (measuring if the policy says so) and loads it. */
  async prepare(preference: RuntimePreference, variant: ModelVariant, sample: () => Sample, hooks: SessionHooks): Promise<void> {
    const env = this.deps.environment();
    const decision = decideRuntime({
      preference: preference === 'auto' && this.chosen && !this.forceCalibration ? this.chosen : preference,
      webgl2: env.webgl2,
      renderer: env.renderer,
      stored: loadStoredChoice(this.deps.storage, env.renderer),
      forceMeasure: this.forceCalibration && !this.chosen,
    });
    let runtime: Runtime;
    if ('runtime' in decision) runtime = decision.runtime;
    else {
      hooks.calibrating(true);
      try {
        runtime = await this.calibrate(decision.measure, variant, sample, hooks, env.renderer);
      } finally {
        hooks.calibrating(false);
      }
    }
    if (!hooks.current()) return;
    if (preference === 'auto') this.chosen = runtime;
    await this.load(runtime, variant, hooks);
  }

  private async calibrate(candidates: Runtime[], variant: ModelVariant, sample: () => Sample, hooks: SessionHooks, renderer: string): Promise<Runtime> {
    const timings: RuntimeTiming[] = [];
    for (const runtime of candidates) {
      if (!hooks.current()) break;
      const samples: number[] = [];
      try {
        await this.load(runtime, variant, hooks);
        for (let i = 0; i <= CALIBRATION_FRAMES; i++) {
          const { input, size } = sample();
          const t0 = this.deps.now();
          await this.handle!.estimate(input, size, i / 30);
          if (i > 0) samples.push(this.deps.now() - t0);
          // A runtime ten times slower than the other needs no more samples to lose.
          if (timings[0] && samples.length >= 1 && samples[0] > 10 * median(timings[0].samples)) break;
        }
      } catch {
        // A runtime that cannot start simply loses.
      }
      timings.push({ runtime, samples });
      if (fastEnough(timings[timings.length - 1])) break;
    }
    const best = fasterRuntime(timings) ?? candidates[0];
    // A measurement cut short by a stopped source is not remembered.
    if (hooks.current()) storeChoice(this.deps.storage, { runtime: best, renderer, medians: Object.fromEntries(timings.map((t) => [t.runtime, median(t.samples)])) });
    return best;
  }

  /**
   * The one detection step: the frame (null when a newer one replaced it) and how long the detector
   * took, ms. Throws what the detector throws.
   */
  async estimate(input: DetectorInput, size: FrameSize, t: number): Promise<{ frame: PoseFrame | null; ms: number }> {
    if (!this.handle) throw new Error('No detector loaded');
    const started = this.deps.now();
    const frame = await this.handle.estimate(input, size, t);
    return { frame, ms: this.deps.now() - started };
  }

  dispose(): void {
    this.handle?.dispose();
    this.handle = null;
    this.key = '';
  }
}
