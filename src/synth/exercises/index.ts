/**
 * The catalogue of synthetic motions, by exercise id (shared/design/exercise-ids.md): every
 * `ID.ts` beside this file, found by Vite (see src/exercises/index.ts), exporting the motion with id ID.
 */
import { oneExportPerFile } from '../../exercises/discover-specs';
import type { MotionSpec } from '../types';

const MOTIONS = oneExportPerFile<MotionSpec>(import.meta.glob(['./*.ts', '!./index.ts'], { eager: true }), 'src/synth/exercises');

export const SYNTH_SPECS: Record<string, MotionSpec> = Object.fromEntries(MOTIONS.map((motion) => [motion.id, motion]));
