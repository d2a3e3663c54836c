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
import { armCircles } from './arm-circles';
import { toeTouchBend } from './toe-touch-bend';
import { armSwings } from './arm-swings';
import { seatedArmSweeps } from './seated-arm-sweeps';
import { standingTorsoTurns } from './standing-torso-turns';
import { hipCircles } from './hip-circles';
import { standingTorsoBends } from './standing-torso-bends';
import { seatedForwardLean } from './seated-forward-lean';
import { pikeRaise } from './pike-raise';
import { backTilts } from './back-tilts';
import { standingCatArch } from './standing-cat-arch';
import { matchPickup } from './match-pickup';
import { standingRollDown } from './standing-roll-down';
import { shoulderCircles } from './shoulder-circles';
import { proneHeadLegRaise } from './prone-head-leg-raise';
import { proneLegSwings } from './prone-leg-swings';
import { supineKneeReach } from './supine-knee-reach';
import { breathArmRaise } from './breath-arm-raise';
import { runInPlace } from './run-in-place';
import { shoulderShrugs } from './shoulder-shrugs';
import { walkInPlace } from './walk-in-place';

export type { ExerciseSpec } from '../engine/exercise-spec';

const SPECS: readonly ExerciseSpec[] = [
  birdDog,
  gluteBridge,
  superman,
  proneHeadRaise,
  backExtension,
  bicycleCrunch,
  shoulderCircles,
  shoulderShrugs,
  armSwings,
  armCircles,
  hipCircles,
  walkInPlace,
  runInPlace,
  toeTouchBend,
  backTilts,
  breathArmRaise,
  proneHeadLegRaise,
  supineKneeReach,
  proneLegSwings,
  standingRollDown,
  standingCatArch,
  seatedArmSweeps,
  seatedForwardLean,
  standingTorsoBends,
  pikeRaise,
  standingTorsoTurns,
  matchPickup,
];

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
