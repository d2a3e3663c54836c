/**
 * The exercises the engine can run, by id (shared/design/exercise-ids.md): the one registry of
 * specs, in the order the picker shows them, and the lookups by id built on it.
 */
import { analyzeTrackWith, runExerciseEngine, type AnalyzeOptions, type ExerciseEngine, type ExerciseEngineOptions, type ExerciseSpec, type TrackAnalysis } from '../engine';
import type { PoseTrack } from '../track/track';
import { backExtension } from './back-extension';
import { bicycleCrunch } from './bicycle-crunch';
import { birdDog } from './bird-dog';
import { gluteBridge } from './glute-bridge';
import { proneHeadRaise } from './prone-head-raise';
import { superman } from './superman';

export type { ExerciseSpec } from '../engine/exercise-spec';

const SPECS: readonly ExerciseSpec[] = [birdDog, gluteBridge, superman, proneHeadRaise, backExtension, bicycleCrunch];

export const EXERCISE_SPECS: Readonly<Record<string, ExerciseSpec>> = Object.fromEntries(SPECS.map((spec) => [spec.id, spec]));

export const SUPPORTED_EXERCISES: readonly string[] = SPECS.map((spec) => spec.id);

export function getExerciseSpec(id: string): ExerciseSpec | undefined {
  return Object.hasOwn(EXERCISE_SPECS, id) ? EXERCISE_SPECS[id] : undefined;
}

export class UnknownExerciseError extends Error {
  constructor(readonly exerciseId: string) {
    super(`Unknown exercise "${exerciseId}". Supported: ${SUPPORTED_EXERCISES.join(', ')}`);
    this.name = 'UnknownExerciseError';
  }
}

/** The spec for `id`, or UnknownExerciseError naming the supported ones. */
export function requireExerciseSpec(id: string): ExerciseSpec {
  const spec = getExerciseSpec(id);
  if (!spec) throw new UnknownExerciseError(id);
  return spec;
}

export function createExerciseEngine(exerciseId: string, options: ExerciseEngineOptions = {}): ExerciseEngine {
  return runExerciseEngine(requireExerciseSpec(exerciseId), options);
}

export function analyzeTrack(track: PoseTrack, exerciseId: string, options: AnalyzeOptions = {}): TrackAnalysis {
  return analyzeTrackWith(requireExerciseSpec(exerciseId), track, options);
}
