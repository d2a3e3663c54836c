/**
 * Where a guided workout is, as plain data, and the moves between its steps: next-up (a preview
 * with the rest between exercises) -> set -> rest -> set ... -> pain check -> next-up of the next
 * exercise. The main set cannot start cold: the workout starts at the warm-up, and jumping past it
 * takes one explicit move (skipWarmUp) that the history keeps.
 */
import type { PlanItem } from './todays-plan';

export type PainLevel = 'none' | 'mild' | 'pain';

/** One set as the history keeps it. */
export interface SetOutcome {
  reps: number;
  /** Holds that reached their time, of those started (hold exercises). */
  holdsReached: number;
  holdsTried: number;
  /** Longest hold in the set, seconds. */
  bestHoldSeconds: number | null;
  /** Mean rep score 0..100, null when not counted. */
  score: number | null;
  /** Mean range of motion of the reps, in the exercise's metric unit. */
  range: number | null;
  /** A set tapped done, not counted: only in records from before every exercise had a spec. */
  guided: boolean;
  /** The set's recording in the workout store, when one was saved. */
  recordingId: string | null;
}

export type ExerciseStatus = 'done' | 'skipped' | 'stopped-for-pain' | 'ended-early';

export interface ExerciseResult {
  id: string;
  group: PlanItem['group'];
  status: ExerciseStatus;
  sets: SetOutcome[];
  pain: PainLevel | null;
}

export type StepKind = 'next-up' | 'set' | 'rest' | 'pain-check' | 'done';

export interface WorkoutSteps {
  plan: PlanItem[];
  /** Index of the current exercise in the plan. */
  index: number;
  /** 1-based set of the current exercise. */
  set: number;
  step: StepKind;
  /** Sets finished so far for the current exercise. */
  sets: SetOutcome[];
  results: ExerciseResult[];
  warmUpSkipped: boolean;
  endedEarly: boolean;
}

export function startSteps(plan: PlanItem[]): WorkoutSteps {
  return { plan, index: 0, set: 1, step: plan.length ? 'next-up' : 'done', sets: [], results: [], warmUpSkipped: false, endedEarly: false };
}

export const currentItem = (s: WorkoutSteps): PlanItem | null => s.plan[s.index] ?? null;

/** The exercise after the current one, for the preview during a rest. */
export const nextItem = (s: WorkoutSteps): PlanItem | null => s.plan[s.index + 1] ?? null;

function toExercise(s: WorkoutSteps, index: number): WorkoutSteps {
  if (index >= s.plan.length) return { ...s, index: s.plan.length, set: 1, sets: [], step: 'done' };
  return { ...s, index, set: 1, sets: [], step: 'next-up' };
}

function record(s: WorkoutSteps, status: ExerciseStatus, pain: PainLevel | null): ExerciseResult[] {
  const item = currentItem(s);
  return item ? [...s.results, { id: item.id, group: item.group, status, sets: s.sets, pain }] : s.results;
}

/** From the preview: the set starts. */
export function beginSet(s: WorkoutSteps): WorkoutSteps {
  return s.step === 'next-up' || s.step === 'rest' ? { ...s, step: 'set' } : s;
}

/** A set ended: a rest before the next set, or the pain check after the last. */
export function finishSet(s: WorkoutSteps, outcome: SetOutcome): WorkoutSteps {
  if (s.step !== 'set') return s;
  const sets = [...s.sets, outcome];
  const item = currentItem(s)!;
  return sets.length < item.sets ? { ...s, sets, set: s.set + 1, step: 'rest' } : { ...s, sets, step: 'pain-check' };
}

/**
 * The pain check's answer after an exercise: none and mild go on (mild is noted and asked about
 * next time); pain is noted and the screen suggests rest and a doctor before anything else.
 */
export function answerPain(s: WorkoutSteps, pain: PainLevel): WorkoutSteps {
  return s.step === 'pain-check' ? toExercise({ ...s, results: record(s, 'done', pain) }, s.index + 1) : s;
}

/**
 * "It hurts" in the middle of an exercise: that exercise ends here, its sets so far kept, and the
 * live set it cut (`cut`, what that set counted) with them.
 */
export function reportPain(s: WorkoutSteps, cut?: SetOutcome): WorkoutSteps {
  if (s.step !== 'set' && s.step !== 'rest') return s;
  const sets = cut && s.step === 'set' ? [...s.sets, cut] : s.sets;
  return toExercise({ ...s, results: record({ ...s, sets }, 'stopped-for-pain', 'pain') }, s.index + 1);
}

/** The last exercise ended in pain: the screen stops to suggest rest and a doctor. */
export const painJustReported = (s: WorkoutSteps): boolean => s.results.at(-1)?.pain === 'pain';

export function skipExercise(s: WorkoutSteps): WorkoutSteps {
  if (s.step === 'done') return s;
  return toExercise({ ...s, results: record(s, 'skipped', null) }, s.index + 1);
}

/** The current exercise again from its first set; its sets so far are dropped. */
export function redoExercise(s: WorkoutSteps): WorkoutSteps {
  return s.step === 'done' ? s : { ...s, set: 1, sets: [], step: 'next-up' };
}

/** One explicit tap past the warm-up, to the first exercise of the main set; the history keeps it. */
export function skipWarmUp(s: WorkoutSteps): WorkoutSteps {
  const item = currentItem(s);
  if (!item || item.group !== 'warm-up') return s;
  const first = s.plan.findIndex((p) => p.group !== 'warm-up');
  const skipped = s.plan.slice(s.index, first < 0 ? s.plan.length : first);
  const results = [...s.results, ...skipped.map((p) => ({ id: p.id, group: p.group, status: 'skipped' as const, sets: [], pain: null }))];
  return toExercise({ ...s, results, warmUpSkipped: true }, first < 0 ? s.plan.length : first);
}

export function endEarly(s: WorkoutSteps): WorkoutSteps {
  if (s.step === 'done') return s;
  const results = s.sets.length ? record(s, 'ended-early', null) : s.results;
  return { ...s, results, step: 'done', endedEarly: true };
}
