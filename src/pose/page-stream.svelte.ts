/**
 * The page's one PoseStream (and so its one detector). `?runtime=` and `?model=` in the URL pin the
 * choice over the settings, for tests and bug reports; `?calibrate` times every runtime even where
 * the software renderer already decides it; `?detector=main` keeps the detector on the main thread
 * (the old path, for side-by-side measurements).
 */
import { isModelVariant, type ModelVariant } from './model-files';
import { PoseStream } from './pose-stream.svelte';
import { isRuntime, type RuntimePreference } from './runtimes/registry';

const params = typeof location !== 'undefined' ? new URLSearchParams(location.search) : new URLSearchParams();
const pinnedRuntime = params.get('runtime');
const pinnedModel = params.get('model');

export const poseStream = new PoseStream({ place: params.get('detector') === 'main' ? 'main' : 'worker' });
poseStream.forceCalibration = params.has('calibrate');

/** Applies the user's settings unless the URL pinned runtime or model. */
export function applyModelSettings(runtime: RuntimePreference, variant: ModelVariant): void {
  poseStream.setModel(isRuntime(pinnedRuntime) ? pinnedRuntime : runtime, isModelVariant(pinnedModel) ? pinnedModel : variant);
}

// A read-only handle for browser tests and bug reports (frame counts, detector resources).
if (typeof window !== 'undefined') {
  (window as unknown as { __poseStream: PoseStream }).__poseStream = poseStream;
}
