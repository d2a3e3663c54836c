/**
 * Today's workout: the whole routine in the seed's order (warm-up -> main set -> straightening),
 * each exercise as the screens show it, at the reps and hold the person is at.
 */
import type { HoldProgression } from '../engine/exercise-spec';
import { getExerciseSpec, SUPPORTED_EXERCISES } from '../exercises';
import { exerciseInfo } from '../ui/coach-api';
import type { ExerciseInfo } from '../ui/exercise-info';

export interface PlanItem extends ExerciseInfo {
  holdProgression: HoldProgression | null;
}

/** Per exercise: the hold the user is at (settings) and the reps they are at (load progression). */
export interface PlanLoads {
  holdSeconds: Readonly<Record<string, number>>;
  reps: Readonly<Record<string, number>>;
}

export function planItem(id: string, loads: PlanLoads): PlanItem | null {
  const info = exerciseInfo(id, loads.holdSeconds);
  if (!info) return null;
  return { ...info, reps: loads.reps[id] ?? info.reps, holdProgression: getExerciseSpec(id)?.hold?.progression ?? null };
}

/** The routine in order; `only` keeps a subset (a shortened workout), still in the routine's order. */
export function todaysPlan(loads: PlanLoads, only?: readonly string[]): PlanItem[] {
  const ids = SUPPORTED_EXERCISES.filter((id) => !only || only.includes(id));
  return ids.map((id) => planItem(id, loads)).filter((p): p is PlanItem => p !== null);
}
