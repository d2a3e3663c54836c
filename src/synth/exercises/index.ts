/** The catalogue of synthetic motions, by exercise id (shared/design/exercise-ids.md). */
import type { ExerciseSpec } from '../types';
import { birdDog } from './bird-dog';
import { gluteBridge } from './glute-bridge';
import { proneHeadRaise } from './prone-head-raise';
import { superman } from './superman';

export const SYNTH_SPECS: Record<string, ExerciseSpec> = Object.fromEntries(
  [birdDog, gluteBridge, superman, proneHeadRaise].map((spec) => [spec.id, spec]),
);
