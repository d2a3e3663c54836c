/** The catalogue of exercises the engine can run, by id (shared/design/exercise-ids.md). */
import type { ExerciseSpec } from '../engine/exercise-spec';
import { backExtension } from './back-extension';
import { bicycleCrunch } from './bicycle-crunch';
import { birdDog } from './bird-dog';
import { gluteBridge } from './glute-bridge';
import { proneHeadRaise } from './prone-head-raise';
import { superman } from './superman';

export type { ExerciseSpec } from '../engine/exercise-spec';

export const EXERCISE_SPECS: Record<string, ExerciseSpec> = Object.fromEntries(
  [birdDog, gluteBridge, superman, proneHeadRaise, backExtension, bicycleCrunch].map((spec) => [spec.id, spec]),
);

export const SUPPORTED_EXERCISES: string[] = Object.keys(EXERCISE_SPECS);

export function getExerciseSpec(id: string): ExerciseSpec | undefined {
  return Object.hasOwn(EXERCISE_SPECS, id) ? EXERCISE_SPECS[id] : undefined;
}
