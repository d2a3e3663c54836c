/**
 * Every detector runtime, in the order calibration tries them. Adding a runtime = one file in this
 * folder + one line here; the type, the settings, URL pins, stored choice, CLI and selects read this.
 */
import { mediapipeRuntime } from './mediapipe';
import { tfjsRuntime } from './tfjs';

export const RUNTIMES = [tfjsRuntime, mediapipeRuntime] as const;

export type Runtime = (typeof RUNTIMES)[number]['id'];
export type RuntimePreference = Runtime | 'auto';

export const RUNTIME_IDS: readonly Runtime[] = RUNTIMES.map((r) => r.id);

export function isRuntime(value: unknown): value is Runtime {
  return RUNTIME_IDS.includes(value as Runtime);
}

export function isRuntimePreference(value: unknown): value is RuntimePreference {
  return value === 'auto' || isRuntime(value);
}

export function runtimeById(id: Runtime) {
  return RUNTIMES.find((r) => r.id === id)!;
}
