/** The catalogue of synthetic motions, by exercise id (shared/design/exercise-ids.md). */
import type { ExerciseSpec } from '../types';
import { gluteBridge } from './glute-bridge';

export const SYNTH_SPECS: Record<string, ExerciseSpec> = Object.fromEntries(
  [gluteBridge].map((spec) => [spec.id, spec]),
);
