/** The catalogue of synthetic motions, by exercise id (shared/design/exercise-ids.md). */
import type { ExerciseSpec } from '../types';
import { breathingReset } from './breathing-reset';
import { headTilts } from './head-tilts';
import { shoulderCircles } from './shoulder-circles';
import { shoulderShrugs } from './shoulder-shrugs';
import { armSwings } from './arm-swings';
import { armCircles } from './arm-circles';
import { twistSwings } from './twist-swings';
import { hipCircles } from './hip-circles';
import { toeTouchBend } from './toe-touch-bend';
import { walkInPlace } from './walk-in-place';
import { runInPlace } from './run-in-place';
import { backTilts } from './back-tilts';
import { breathArmRaise } from './breath-arm-raise';
import { seatedArmSweeps } from './seated-arm-sweeps';
import { kneelingArmCircles } from './kneeling-arm-circles';
import { seatedForwardLean } from './seated-forward-lean';
import { standingRollDown } from './standing-roll-down';
import { standingCatArch } from './standing-cat-arch';
import { standingTorsoBends } from './standing-torso-bends';
import { standingFloorSwings } from './standing-floor-swings';
import { standingTorsoTurns } from './standing-torso-turns';
import { wheelBridge } from './wheel-bridge';
import { matchPickup } from './match-pickup';
import { backExtension } from './back-extension';
import { bicycleCrunch } from './bicycle-crunch';
import { birdDog } from './bird-dog';
import { crossCrunch } from './cross-crunch';
import { gluteBridge } from './glute-bridge';
import { pikeRaise } from './pike-raise';
import { proneHeadLegRaise } from './prone-head-leg-raise';
import { proneHeadRaise } from './prone-head-raise';
import { proneLegSwings } from './prone-leg-swings';
import { superman } from './superman';
import { supineKneeReach } from './supine-knee-reach';

/** The four the engine's first tests rely on come first; then the rest of the routine, as the seed lists it. */
export const SYNTH_SPECS: Record<string, ExerciseSpec> = Object.fromEntries(
  [
    birdDog,
    gluteBridge,
    superman,
    proneHeadRaise,
    backExtension,
    pikeRaise,
    crossCrunch,
    bicycleCrunch,
    supineKneeReach,
    proneHeadLegRaise,
    proneLegSwings,
    breathingReset,
    headTilts,
    shoulderCircles,
    shoulderShrugs,
    armSwings,
    armCircles,
    twistSwings,
    hipCircles,
    toeTouchBend,
    walkInPlace,
    runInPlace,
    backTilts,
    breathArmRaise,
    seatedArmSweeps,
    kneelingArmCircles,
    seatedForwardLean,
    standingRollDown,
    standingCatArch,
    standingTorsoBends,
    standingFloorSwings,
    standingTorsoTurns,
    wheelBridge,
    matchPickup,
  ].map((spec) => [spec.id, spec]),
);
