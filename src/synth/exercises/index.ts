/** The catalogue of synthetic motions, by exercise id (shared/design/exercise-ids.md). */
import type { MotionSpec } from '../types';
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

/** The four with form faults and truth that the engine's tests rely on come first; the rest drive demo figures. */
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
  ].map((spec) => [spec.id, spec]),
);
