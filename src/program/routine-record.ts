/**
 * A guided workout as the history keeps it: one small record per workout (what was done, set by
 * set, and where it stands while in progress), and a forgiving reader for stored or imported ones.
 * Replays of tracks and analyses of video files are recorded apart from real (camera) workouts.
 */
import type { ExerciseResult, PainLevel, SetOutcome, WorkoutSteps } from './workout-steps';

export type RoutineSource = 'camera' | 'track' | 'video';

export interface RoutineRecord {
  id: string;
  /** ISO time the workout started. */
  startedAt: string;
  /** Local calendar day it started, YYYY-MM-DD. */
  day: string;
  source: RoutineSource;
  /** A replay's pose track per exercise and speed, so a resumed replay goes on with the same tracks. */
  replay?: { tracks: Record<string, string>; speed: number };
  status: 'in-progress' | 'done';
  planIds: string[];
  warmUpSkipped: boolean;
  endedEarly: boolean;
  results: ExerciseResult[];
  /**
   * Where an unfinished workout stands: exercise, set and the sets done of it, and the recording
   * of a live set in progress (resumed with its reps after a reload).
   */
  position: { index: number; set: number; sets: SetOutcome[]; recording?: string | null };
}

/** YYYY-MM-DD of a time in the person's own time zone. */
export function localDay(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
}

export interface RoutineIdentity {
  id: string;
  startedAt: Date;
  source: RoutineSource;
  replay?: RoutineRecord['replay'];
}

export function routineRecord({ id, startedAt, source, replay }: RoutineIdentity, steps: WorkoutSteps, recording: string | null = null): RoutineRecord {
  return {
    id,
    startedAt: startedAt.toISOString(),
    day: localDay(startedAt),
    source,
    ...(replay ? { replay } : {}),
    status: steps.step === 'done' ? 'done' : 'in-progress',
    planIds: steps.plan.map((p) => p.id),
    warmUpSkipped: steps.warmUpSkipped,
    endedEarly: steps.endedEarly,
    results: steps.results,
    position: { index: steps.index, set: steps.set, sets: steps.sets, recording: steps.step === 'set' ? recording : null },
  };
}

export const isReplay = (r: Pick<RoutineRecord, 'source'>): boolean => r.source !== 'camera';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const PAIN: readonly PainLevel[] = ['none', 'mild', 'pain'];
const STATUS: readonly ExerciseResult['status'][] = ['done', 'skipped', 'stopped-for-pain', 'ended-early'];
const GROUPS: readonly ExerciseResult['group'][] = ['warm-up', 'main', 'straightening'];

function readSet(v: unknown): SetOutcome | null {
  if (!isObject(v) || num(v.reps) === null || typeof v.guided !== 'boolean') return null;
  return {
    reps: num(v.reps)!,
    holdsReached: num(v.holdsReached) ?? 0,
    holdsTried: num(v.holdsTried) ?? 0,
    bestHoldSeconds: num(v.bestHoldSeconds),
    score: num(v.score),
    range: num(v.range),
    guided: v.guided,
    recordingId: typeof v.recordingId === 'string' ? v.recordingId : null,
  };
}

function readSets(v: unknown): SetOutcome[] | null {
  if (!Array.isArray(v)) return null;
  const sets = v.map(readSet);
  return sets.every((s) => s !== null) ? (sets as SetOutcome[]) : null;
}

function readResult(v: unknown): ExerciseResult | null {
  if (!isObject(v) || typeof v.id !== 'string') return null;
  const sets = readSets(v.sets);
  const group = GROUPS.find((g) => g === v.group);
  const status = STATUS.find((x) => x === v.status);
  if (!sets || !group || !status) return null;
  return { id: v.id, group, status, sets, pain: PAIN.find((p) => p === v.pain) ?? null };
}

/** The workout in a stored or imported value, or a sentence saying what is wrong with it. */
export function readRoutine(v: unknown): RoutineRecord | string {
  if (!isObject(v) || typeof v.id !== 'string') return 'a workout without an id';
  const where = `workout ${v.id}`;
  if (typeof v.startedAt !== 'string' || Number.isNaN(Date.parse(v.startedAt))) return `${where}: no valid start time`;
  if (typeof v.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.day)) return `${where}: no valid day`;
  if (v.source !== 'camera' && v.source !== 'track' && v.source !== 'video') return `${where}: unknown source`;
  if (!Array.isArray(v.results) || !Array.isArray(v.planIds) || !v.planIds.every((id) => typeof id === 'string')) return `${where}: no exercise list`;
  const results = v.results.map(readResult);
  if (results.some((r) => r === null)) return `${where}: an exercise result is malformed`;
  const pos = isObject(v.position) ? v.position : {};
  const replay = isObject(v.replay) && isObject(v.replay.tracks) && num(v.replay.speed) !== null ? (v.replay as RoutineRecord['replay']) : undefined;
  return {
    id: v.id,
    startedAt: v.startedAt,
    day: v.day,
    source: v.source,
    ...(replay ? { replay } : {}),
    status: v.status === 'in-progress' ? 'in-progress' : 'done',
    planIds: v.planIds as string[],
    warmUpSkipped: v.warmUpSkipped === true,
    endedEarly: v.endedEarly === true,
    results: results as ExerciseResult[],
    position: { index: num(pos.index) ?? 0, set: num(pos.set) ?? 1, sets: readSets(pos.sets) ?? [], recording: typeof pos.recording === 'string' ? pos.recording : null },
  };
}
