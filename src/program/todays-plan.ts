/**
 * Today's workout: the whole routine in the seed's order (warm-up -> main set -> straightening),
 * each exercise with its sets, reps and hold, all followed by the camera from their specs.
 */
import type { CameraView, HoldProgression } from '../engine/exercise-spec';
import { getExerciseSpec, SUPPORTED_EXERCISES } from '../exercises';
import type { RoutineGroup } from './catalogue';
import { holdSecondsOf } from '../ui/coach-api';

export interface PlanItem {
  id: string;
  name: string;
  group: RoutineGroup;
  instructions: string;
  /** Where the camera looks from. */
  view: CameraView;
  kind: 'reps' | 'hold';
  sets: number;
  reps: number;
  holdSeconds: number | null;
  holdProgression: HoldProgression | null;
}

/** Per exercise: the hold the user is at (settings) and the reps they are at (load progression). */
export interface PlanLoads {
  holdSeconds: Readonly<Record<string, number>>;
  reps: Readonly<Record<string, number>>;
}

export function planItem(id: string, loads: PlanLoads): PlanItem | null {
  const spec = getExerciseSpec(id);
  if (!spec) return null;
  return {
    id,
    name: spec.name,
    group: spec.routine.group,
    instructions: spec.instructions,
    view: spec.view,
    kind: spec.kind,
    sets: spec.defaultTarget.sets,
    reps: loads.reps[id] ?? spec.defaultTarget.reps,
    holdSeconds: holdSecondsOf(spec, loads.holdSeconds),
    holdProgression: spec.hold?.progression ?? null,
  };
}

/** The routine in order; `only` keeps a subset (a shortened workout), still in the routine's order. */
export function todaysPlan(loads: PlanLoads, only?: readonly string[]): PlanItem[] {
  const ids = SUPPORTED_EXERCISES.filter((id) => !only || only.includes(id));
  return ids.map((id) => planItem(id, loads)).filter((p): p is PlanItem => p !== null);
}
