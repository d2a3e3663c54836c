/**
 * Which detector runtime to use on this machine: measured, not guessed. The mediapipe runtime is
 * the fast one with a real GPU and ten times slower in software WebGL; tfjs on WASM is the reverse.
 */
import type { ModelVariant, Runtime } from './model-files';

export type RuntimePreference = Runtime | 'auto';

export interface RuntimeTiming {
  runtime: Runtime;
  /** ms per frame after the first (warm-up) call. */
  samples: number[];
}

export function median(values: readonly number[]): number {
  if (!values.length) return Number.POSITIVE_INFINITY;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** The runtime with the lowest median time; a runtime that failed to start has no samples. */
export function fasterRuntime(timings: readonly RuntimeTiming[]): Runtime | null {
  let best: RuntimeTiming | null = null;
  for (const t of timings) if (t.samples.length && (!best || median(t.samples) < median(best.samples))) best = t;
  return best?.runtime ?? null;
}

/**
 * A software WebGL renderer (SwiftShader, llvmpipe) runs the mediapipe graph about ten times slower
 * than tfjs + WASM (shared/design/browser-notes.md): not worth a 10-20 s calibration to confirm.
 */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}

const VARIANT_ORDER: readonly ModelVariant[] = ['lite', 'full', 'heavy'];

/**
 * A lighter model when the frame rate has stayed under `minFps` for the whole window: a coach at
 * 4 fps misses reps, a lighter model at 15 fps does not.
 */
export function lighterVariantIfSlow(variant: ModelVariant, recentFps: readonly number[], minFps = 10, window = 20): ModelVariant | null {
  if (recentFps.length < window) return null;
  for (let i = recentFps.length - window; i < recentFps.length; i++) if (recentFps[i] >= minFps) return null;
  const i = VARIANT_ORDER.indexOf(variant);
  return i > 0 ? VARIANT_ORDER[i - 1] : null;
}

const STORAGE_KEY = 'spine-coach.runtime-choice.v1';

export interface StoredChoice {
  runtime: Runtime;
  /** Which GPU the choice was measured on: a different renderer means measure again. */
  renderer: string;
  medians: Partial<Record<Runtime, number>>;
}

export function loadStoredChoice(storage: Pick<Storage, 'getItem'>, renderer: string): StoredChoice | null {
  try {
    const c = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as StoredChoice | null;
    return c && c.renderer === renderer && (c.runtime === 'mediapipe' || c.runtime === 'tfjs') ? c : null;
  } catch {
    return null;
  }
}

/** Remembers the choice where storage allows; where it refuses (full, private mode), it is measured again next time. */
export function storeChoice(storage: Pick<Storage, 'setItem'>, choice: StoredChoice): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Never a reason to stop the camera.
  }
}
