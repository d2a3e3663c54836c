/** The catalogue of synthetic motions, by exercise id (shared/design/exercise-ids.md). */
import type { ExerciseSpec } from '../types';
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

/** The four with form faults and truth that the engine's tests rely on come first; the rest drive demo figures. */
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
  ].map((spec) => [spec.id, spec]),
);
