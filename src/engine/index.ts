/**
 * The exercise engine's public face: what the live UI, the review screen and the CLIs use.
 * Everything here is pure TypeScript with no DOM. The engine takes a spec; finding a spec by its
 * id is src/exercises' job, so the engine never imports the exercises.
 */
import type { PoseTrack } from '../track/track';
import type { ExerciseSpec } from './exercise-spec';
import { runExerciseEngine } from './exercise-engine';
import { replayTrack, summarizeEvents, trackAspect, type AnalyzeOptions, type TrackAnalysis } from './analyze-track';

export type * from './events';
export type { ExerciseSpec, FormRule, FrameRule, RepRule, RepContext, ExerciseKind, CameraView, ExerciseTarget, HoldProgression, RuleId } from './exercise-spec';
export type { ExerciseEngine, ExerciseEngineOptions } from './exercise-engine';
export type { TrackAnalysis, AnalyzeOptions } from './analyze-track';
export { runExerciseEngine } from './exercise-engine';
export { checkSetup, type SetupCheck, type SetupProblem } from './setup-check';
export { PoseFeatures } from './pose-features';

/** Replays a whole track through a fresh engine for `spec` and sums up what it said. */
export function analyzeTrackWith(spec: ExerciseSpec, track: PoseTrack, options: AnalyzeOptions = {}): TrackAnalysis {
  const engine = runExerciseEngine(spec, { ...options, aspect: trackAspect(track) });
  return summarizeEvents(spec.id, replayTrack(engine, track));
}
