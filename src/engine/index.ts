/**
 * The exercise engine's public face: what the live UI, the review screen and the CLIs use.
 * Everything here is pure TypeScript with no DOM.
 */
import type { PoseTrack } from '../track/track';
import { getExerciseSpec, SUPPORTED_EXERCISES } from '../exercises';
import { runExerciseEngine, type ExerciseEngine, type ExerciseEngineOptions } from './exercise-engine';
import { replayTrack, summarizeEvents, trackAspect, type AnalyzeOptions, type TrackAnalysis } from './analyze-track';

export type * from './events';
export type { ExerciseSpec, FormRule, FrameRule, RepRule, RepContext, ExerciseKind, CameraView, ExerciseTarget } from './exercise-spec';
export type { ExerciseEngine, ExerciseEngineOptions } from './exercise-engine';
export type { TrackAnalysis, AnalyzeOptions } from './analyze-track';
export { checkSetup, type SetupCheck, type SetupProblem } from './setup-check';
export { PoseFeatures } from './pose-features';

export class UnknownExerciseError extends Error {
  constructor(readonly exerciseId: string) {
    super(`Unknown exercise "${exerciseId}". Supported: ${SUPPORTED_EXERCISES.join(', ')}`);
    this.name = 'UnknownExerciseError';
  }
}

export function createExerciseEngine(exerciseId: string, options: ExerciseEngineOptions = {}): ExerciseEngine {
  const spec = getExerciseSpec(exerciseId);
  if (!spec) throw new UnknownExerciseError(exerciseId);
  return runExerciseEngine(spec, options);
}

export function analyzeTrack(track: PoseTrack, exerciseId: string, options: AnalyzeOptions = {}): TrackAnalysis {
  const engine = createExerciseEngine(exerciseId, { ...options, aspect: trackAspect(track) });
  return summarizeEvents(exerciseId, replayTrack(engine, track));
}
