/**
 * The exercises the engine can run, by id (shared/design/exercise-ids.md): the one registry of
 * specs, found by their files and ordered by their place in the routine, and the lookups by id built on it.
 */
import { analyzeTrackWith, runExerciseEngine, type AnalyzeOptions, type ExerciseEngine, type ExerciseEngineOptions, type ExerciseSpec, type TrackAnalysis } from '../engine';
import type { PoseTrack } from '../track/track';
import { discoverSpecs } from './discover-specs';

export type { ExerciseSpec } from '../engine/exercise-spec';

/** Every spec file beside this one, found by Vite (app, Vitest, and the CLIs through scripts/run.mjs). */
const SPECS: readonly ExerciseSpec[] = discoverSpecs(import.meta.glob(['./*.ts', '!./index.ts', '!./discover-specs.ts', '!./*.test.ts'], { eager: true }));

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
