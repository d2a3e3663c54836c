/**
 * Which detector runtime to use on this machine: measured, not guessed. The mediapipe runtime is
 * the fast one with a real GPU and ten times slower in software WebGL; tfjs on WASM is the reverse.
 */
import { MODEL_VARIANTS, type ModelVariant } from './model-files';
import { isRuntime, RUNTIMES, type Runtime, type RuntimePreference } from './runtimes/registry';

export type { Runtime, RuntimePreference };

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

export interface ChoiceContext {
  preference: RuntimePreference;
  webgl2: boolean;
  /** The WebGL renderer string ('none' without WebGL). */
  renderer: string;
  /** A choice made earlier on this machine, if any. */
  stored: StoredChoice | null;
  /** Measure even where the renderer already decides it (tests, doubters). */
  forceMeasure?: boolean;
}

export type RuntimeDecision = { runtime: Runtime; reason: string } | { measure: Runtime[]; reason: string };

/**
 * The one runtime-choice policy, for the app and the CLI: a pinned runtime if it can run here, else
 * what the machine already decides (no WebGL2, software WebGL, a stored measurement), else measure
 * the runtimes that can run here, GPU first, until one is fast enough.
 */
export function decideRuntime(ctx: ChoiceContext): RuntimeDecision {
  const env = { webgl2: ctx.webgl2 };
  const runnable = RUNTIMES.filter((r) => r.unavailableReason(env) === null);
  const ids = runnable.map((r) => r.id);
  const fallback = ids[0] ?? RUNTIMES[0].id;
  if (ctx.preference !== 'auto') {
    return ids.includes(ctx.preference) ? { runtime: ctx.preference, reason: 'chosen' } : { runtime: fallback, reason: `${ctx.preference} cannot run here` };
  }
  if (ids.length < 2) return { runtime: fallback, reason: 'the only runtime that can run here' };
  if (!ctx.forceMeasure && isSoftwareRenderer(ctx.renderer)) {
    const cpu = runnable.filter((r) => !r.gpu).map((r) => r.id);
    const reason = `WebGL is software-rendered here (${ctx.renderer})`;
    if (cpu.length === 1) return { runtime: cpu[0], reason };
    if (cpu.length > 1) return { measure: cpu, reason };
  }
  if (!ctx.forceMeasure && ctx.stored && ids.includes(ctx.stored.runtime)) return { runtime: ctx.stored.runtime, reason: 'measured on an earlier start' };
  // A real GPU favours the GPU runtime: it is timed first, and the other (another model download)
  // only if it is slow (see fastEnough).
  const gpuFirst = [...runnable].sort((a, b) => Number(b.gpu) - Number(a.gpu)).map((r) => r.id);
  return { measure: gpuFirst, reason: 'first start on this machine' };
}

/**
 * A detection in under this many ms (15 a second) follows a rep's top and a hold's wobble; a
 * runtime that fast is kept without timing the next one, whose model would be a second download.
 */
export const FAST_ENOUGH_MS = 1000 / 15;

/** Timing stops at a runtime that is fast enough: the first visit downloads only the model it uses. */
export function fastEnough(timing: RuntimeTiming, budgetMs = FAST_ENOUGH_MS): boolean {
  return median(timing.samples) <= budgetMs;
}

/**
 * A software WebGL renderer (SwiftShader, llvmpipe) runs the mediapipe graph about ten times slower
 * than tfjs + WASM (shared/design/browser-notes.md): not worth a 10-20 s calibration to confirm.
 */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}


/**
 * A lighter model when the frame rate has stayed under `minFps` for the whole window: a coach at
 * 4 fps misses reps, a lighter model at 15 fps does not.
 */
export function lighterVariantIfSlow(variant: ModelVariant, recentFps: readonly number[], minFps = 10, window = 20): ModelVariant | null {
  if (recentFps.length < window) return null;
  for (let i = recentFps.length - window; i < recentFps.length; i++) if (recentFps[i] >= minFps) return null;
  const i = MODEL_VARIANTS.indexOf(variant);
  return i > 0 ? MODEL_VARIANTS[i - 1] : null;
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
    return c && c.renderer === renderer && isRuntime(c.runtime) ? c : null;
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
