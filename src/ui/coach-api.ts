/**
 * The one place the screens meet the exercise specs, the routine and the synthetic demos: joins a
 * spec with its place in the routine into ExerciseInfo, and builds engines and set-up checkers.
 */
import { checkSetup, type ExerciseSpec, type HoldProgression, type SetupCheck } from '../engine';
import type { Severity } from '../engine/events';
import { EXERCISE_SPECS, getExerciseSpec, requireExerciseSpec, SUPPORTED_EXERCISES } from '../exercises';
import { clampHold } from '../program/rules';
import type { PoseFrame, PoseTrack } from '../track/track';
import { demoTrack } from '../synth';
import type { ExerciseInfo } from './exercise-info';

/** The user's hold time per exercise (settings), by id. */
export type HoldSettings = Readonly<Record<string, number>>;

export function isSupported(id: string): boolean {
  return SUPPORTED_EXERCISES.includes(id);
}

/** Seconds each hold lasts: the user's, within the progression's range, for a hold that progresses; else the spec's. */
export function holdSecondsOf(spec: ExerciseSpec, holds: HoldSettings): number | null {
  if (!spec.hold) return null;
  const p = spec.hold.progression;
  return p ? clampHold(p, holds[spec.id] ?? spec.hold.targetSeconds) : spec.hold.targetSeconds;
}

/** The exercise as the screens show it, with the user's hold times from the settings. */
export function exerciseInfo(id: string, holds: HoldSettings): ExerciseInfo | null {
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
    reps: spec.defaultTarget.reps,
    holdSeconds: holdSecondsOf(spec, holds),
    metric: { label: spec.metric.label, unit: spec.metric.unit },
    reminders: spec.reminders ?? [],
    paced: spec.paced ?? false,
  };
}

export function supportedExercises(holds: HoldSettings): ExerciseInfo[] {
  return SUPPORTED_EXERCISES.map((id) => exerciseInfo(id, holds)).filter((e): e is ExerciseInfo => e !== null);
}

/** The exercises whose hold grows with the user (a Settings slider each). */
export function progressingHolds(): { spec: ExerciseSpec; progression: HoldProgression }[] {
  return Object.values(EXERCISE_SPECS).flatMap((spec) => (spec.hold?.progression ? [{ spec, progression: spec.hold.progression }] : []));
}

/** Each rule's severity by id, for the review's score reasons. */
export function ruleSeverities(id: string): Record<string, Severity> {
  return Object.fromEntries((getExerciseSpec(id)?.rules ?? []).map((r) => [r.id, r.severity]));
}

export function setupChecker(id: string, aspect: () => number | undefined): (frame: PoseFrame) => SetupCheck {
  const spec = requireExerciseSpec(id);
  return (frame) => checkSetup(frame, spec, { aspect: aspect() });
}

const demos = new Map<string, PoseTrack | null>();

export function demoFor(id: string): PoseTrack | null {
  if (!demos.has(id)) {
    let track: PoseTrack | null = null;
    try {
      track = demoTrack(id);
    } catch {
      track = null;
    }
    demos.set(id, track);
  }
  return demos.get(id) ?? null;
}
