/**
 * The seed's routine (shared/seed/back-exercises.txt) as the screens name its parts. Which
 * exercises it holds and in what order is in the specs themselves (`routine` in src/exercises/ID.ts),
 * so the exercise registry is the routine, in order.
 */
import type { RoutineGroup } from '../engine/exercise-spec';

export type { RoutineGroup } from '../engine/exercise-spec';

export const GROUP_TITLES: Record<RoutineGroup, string> = {
  'warm-up': 'Warm-up',
  main: 'Main set',
  straightening: 'Straightening',
};
