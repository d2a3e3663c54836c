/**
 * Today's workout: the whole routine in the seed's order (warm-up -> main set -> straightening),
 * each exercise with its sets, reps and hold. An exercise with an engine spec is followed by the
 * camera; the others are guided (timed, with the seed's words, finished by a tap) and not counted.
 */
import type { CameraView, HoldProgression } from '../engine/exercise-spec';
import { getExerciseSpec } from '../exercises';
import { CATALOGUE, type RoutineGroup } from './catalogue';
import { holdSecondsOf } from '../ui/coach-api';

export interface PlanItem {
  id: string;
  name: string;
  group: RoutineGroup;
  instructions: string;
  /** Where the camera looks from; null for a guided exercise (no camera needed). */
  view: CameraView | null;
  kind: 'reps' | 'hold';
  sets: number;
  reps: number;
  holdSeconds: number | null;
  holdProgression: HoldProgression | null;
  /** Counted by the camera (has a spec); false: guided, done by tap. */
  followed: boolean;
}

/** The seed's "two sets, five times" for an exercise without a spec yet. */
const SEED_TARGET = { sets: 2, reps: 5 };

/** Per exercise: the hold the user is at (settings) and the reps they are at (load progression). */
export interface PlanLoads {
  holdSeconds: Readonly<Record<string, number>>;
  reps: Readonly<Record<string, number>>;
}

export function planItem(id: string, loads: PlanLoads): PlanItem | null {
  const entry = CATALOGUE.find((e) => e.id === id);
  if (!entry) return null;
  const spec = getExerciseSpec(id);
  if (spec) {
    return {
      id,
      name: spec.name,
      group: entry.group,
      instructions: spec.instructions,
      view: spec.view,
      kind: spec.kind,
      sets: spec.defaultTarget.sets,
      reps: loads.reps[id] ?? spec.defaultTarget.reps,
      holdSeconds: holdSecondsOf(spec, loads.holdSeconds),
      holdProgression: spec.hold?.progression ?? null,
      followed: true,
    };
  }
  const words = entry.seed!;
  return {
    id,
    name: words.name,
    group: entry.group,
    instructions: words.instructions,
    view: null,
    kind: 'reps',
    sets: SEED_TARGET.sets,
    reps: loads.reps[id] ?? SEED_TARGET.reps,
    holdSeconds: null,
    holdProgression: null,
    followed: false,
  };
}

/** The routine in order; `only` keeps a subset (a shortened workout), still in the routine's order. */
export function todaysPlan(loads: PlanLoads, only?: readonly string[]): PlanItem[] {
  const ids = CATALOGUE.map((e) => e.id).filter((id) => !only || only.includes(id));
  return ids.map((id) => planItem(id, loads)).filter((p): p is PlanItem => p !== null);
}
