/**
 * The one place the screens meet the engine, the exercise specs and the synthetic demos: joins the
 * engine's spec with the seed catalogue into ExerciseInfo, and builds engines and set-up checkers.
 */
import { checkSetup, createExerciseEngine } from '../engine';
import { getExerciseSpec, SUPPORTED_EXERCISES } from '../exercises';
import { CATALOGUE, catalogueEntry, type CatalogueEntry } from '../program/catalogue';
import { clampBirdDogHold } from '../program/rules';
import type { PoseFrame, PoseTrack } from '../track/track';
import type { EngineLike, SetupResult } from '../session/session-core';
import { demoTrack } from '../synth';
import type { ExerciseInfo } from './exercise-info';

export const SUPPORTED_IDS: readonly string[] = [...SUPPORTED_EXERCISES];

export function isSupported(id: string): boolean {
  return SUPPORTED_IDS.includes(id);
}

/** The exercise as the screens show it, with the bird-dog hold from the settings. */
export function exerciseInfo(id: string, birdDogHoldSeconds: number): ExerciseInfo | null {
  const spec = getExerciseSpec(id);
  if (!spec) return null;
  const seed = catalogueEntry(id);
  const target = spec.defaultTarget;
  const hold = spec.kind === 'hold' || spec.hold ? (id === 'bird-dog' ? clampBirdDogHold(birdDogHoldSeconds) : (target.holdSeconds ?? spec.hold?.targetSeconds ?? null)) : null;
  return {
    id,
    name: spec.name,
    group: seed?.group ?? 'main',
    instructions: seed?.instructions ?? spec.seed,
    view: spec.view,
    kind: spec.kind,
    sets: target.sets,
    reps: target.reps,
    holdSeconds: hold,
    metric: { label: spec.metric.label, unit: spec.metric.unit },
  };
}

export function supportedExercises(birdDogHoldSeconds: number): ExerciseInfo[] {
  return SUPPORTED_IDS.map((id) => exerciseInfo(id, birdDogHoldSeconds)).filter((e): e is ExerciseInfo => e !== null);
}

/** The seed's exercises the camera does not follow yet. */
export function otherExercises(): CatalogueEntry[] {
  return CATALOGUE.filter((e) => !isSupported(e.id));
}

export function makeEngine(id: string, options: { holdSeconds?: number; aspect?: number }): EngineLike {
  return createExerciseEngine(id, options);
}

export function setupChecker(id: string, aspect: () => number | undefined): (frame: PoseFrame) => SetupResult {
  const spec = getExerciseSpec(id);
  if (!spec) throw new Error(`Unknown exercise "${id}"`);
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
