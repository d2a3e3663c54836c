/**
 * The page's one PoseStream (and so its one detector). `?runtime=tfjs|mediapipe` and
 * `?model=lite|full|heavy` in the URL pin the choice over the settings, for tests and bug reports;
 * `?calibrate` times both runtimes even where the software renderer already decides it.
 */
import type { ModelVariant, Runtime } from './model-files';
import { PoseStream } from './pose-stream.svelte';
import type { RuntimePreference } from './runtime-choice';

export const poseStream = new PoseStream();

const params = typeof location !== 'undefined' ? new URLSearchParams(location.search) : new URLSearchParams();
const pinnedRuntime = params.get('runtime') as Runtime | null;
const pinnedModel = params.get('model') as ModelVariant | null;
poseStream.forceCalibration = params.has('calibrate');

/** Applies the user's settings unless the URL pinned runtime or model. */
export function applyModelSettings(runtime: RuntimePreference, variant: ModelVariant): void {
  poseStream.setModel(
    pinnedRuntime === 'tfjs' || pinnedRuntime === 'mediapipe' ? pinnedRuntime : runtime,
    pinnedModel === 'lite' || pinnedModel === 'full' || pinnedModel === 'heavy' ? pinnedModel : variant,
  );
}

// A read-only handle for browser tests and bug reports (frame counts, detector resources).
if (typeof window !== 'undefined') {
  (window as unknown as { __poseStream: PoseStream }).__poseStream = poseStream;
}
