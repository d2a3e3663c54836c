/** The catalogue of synthetic motions, by exercise id (shared/design/exercise-ids.md). */
import type { MotionSpec } from '../types';
import { breathingResetMotion } from './breathing-reset';
import { headTiltsMotion } from './head-tilts';
import { shoulderCirclesMotion } from './shoulder-circles';
import { shoulderShrugsMotion } from './shoulder-shrugs';
import { armSwingsMotion } from './arm-swings';
import { armCirclesMotion } from './arm-circles';
import { twistSwingsMotion } from './twist-swings';
import { hipCirclesMotion } from './hip-circles';
import { toeTouchBendMotion } from './toe-touch-bend';
import { walkInPlaceMotion } from './walk-in-place';
import { runInPlaceMotion } from './run-in-place';
import { backTiltsMotion } from './back-tilts';
import { breathArmRaiseMotion } from './breath-arm-raise';
import { seatedArmSweepsMotion } from './seated-arm-sweeps';
import { kneelingArmCirclesMotion } from './kneeling-arm-circles';
import { seatedForwardLeanMotion } from './seated-forward-lean';
import { standingRollDownMotion } from './standing-roll-down';
import { standingCatArchMotion } from './standing-cat-arch';
import { standingTorsoBendsMotion } from './standing-torso-bends';
import { standingFloorSwingsMotion } from './standing-floor-swings';
import { standingTorsoTurnsMotion } from './standing-torso-turns';
import { wheelBridgeMotion } from './wheel-bridge';
import { matchPickupMotion } from './match-pickup';
import { backExtensionMotion } from './back-extension';
import { bicycleCrunchMotion } from './bicycle-crunch';
import { birdDogMotion } from './bird-dog';
import { crossCrunchMotion } from './cross-crunch';
import { gluteBridgeMotion } from './glute-bridge';
import { pikeRaiseMotion } from './pike-raise';
import { proneHeadLegRaiseMotion } from './prone-head-leg-raise';
import { proneHeadRaiseMotion } from './prone-head-raise';
import { proneLegSwingsMotion } from './prone-leg-swings';
import { supermanMotion } from './superman';
import { supineKneeReachMotion } from './supine-knee-reach';

/** The four the engine's first tests rely on come first; then the rest of the routine, as the seed lists it. */
export const SYNTH_SPECS: Record<string, MotionSpec> = Object.fromEntries(
  [
    birdDogMotion,
    gluteBridgeMotion,
    supermanMotion,
    proneHeadRaiseMotion,
    backExtensionMotion,
    pikeRaiseMotion,
    crossCrunchMotion,
    bicycleCrunchMotion,
    supineKneeReachMotion,
    proneHeadLegRaiseMotion,
    proneLegSwingsMotion,
    breathingResetMotion,
    headTiltsMotion,
    shoulderCirclesMotion,
    shoulderShrugsMotion,
    armSwingsMotion,
    armCirclesMotion,
    twistSwingsMotion,
    hipCirclesMotion,
    toeTouchBendMotion,
    walkInPlaceMotion,
    runInPlaceMotion,
    backTiltsMotion,
    breathArmRaiseMotion,
    seatedArmSweepsMotion,
    kneelingArmCirclesMotion,
    seatedForwardLeanMotion,
    standingRollDownMotion,
    standingCatArchMotion,
    standingTorsoBendsMotion,
    standingFloorSwingsMotion,
    standingTorsoTurnsMotion,
    wheelBridgeMotion,
    matchPickupMotion,
  ].map((spec) => [spec.id, spec]),
);
