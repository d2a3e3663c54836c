/**
 * What a saved workout looks like in IndexedDB, and a forgiving reader for it. A workout is one
 * small record (what, when, each set's outcome) plus its sets' recordings in chunks of a few
 * seconds each (frame-pack.ts), so no record grows with the length of a set. A record that does
 * not read as a workout is skipped, never allowed to hide the others.
 */
import type { EngineEvent } from '../engine/events';
import { FrameStore } from '../pose/frame-store';
import type { SourceKind } from '../pose/pose-stream.svelte';
import type { SetRecord } from '../session/session-core';
import type { PoseFrame, PoseTrack } from '../track/track';
import type { PackedFrames, PackedSeries } from './frame-pack';

export interface SetMeta {
  set: number;
  t0: number;
  ended: SetRecord['ended'];
  /** Chunks written for this set (seq 0 .. chunks-1). */
  chunks: number;
  /** The set's events without hold-progress ticks: enough for a summary line. */
  events: EngineEvent[];
}

export interface WorkoutMeta {
  id: string;
  exercise: string;
  /** ISO time the workout started. */
  date: string;
  source: SourceKind;
  /** For a pose-track replay: where it came from, so a resumed set can go on where it stopped. */
  replay?: { src: string; speed: number };
  header: Pick<PoseTrack, 'source' | 'model'>;
  /** 'in-progress' until the workout ends; one left so after a reload is offered for resuming. */
  status: 'in-progress' | 'done';
  sets: SetMeta[];
}

export interface ChunkRecord {
  workout: string;
  set: number;
  seq: number;
  frames: PackedFrames;
  series: PackedSeries;
  events: EngineEvent[];
}

/** A finished or resumed workout with its recordings, as the review and the session use it. */
export interface StoredWorkout extends Omit<WorkoutMeta, 'sets'> {
  sets: SetRecord[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isEvent = (e: unknown): e is EngineEvent => isObject(e) && typeof e.type === 'string' && typeof e.t === 'number';

function readSet(raw: unknown): SetMeta | null {
  if (!isObject(raw) || typeof raw.set !== 'number' || typeof raw.t0 !== 'number' || !Array.isArray(raw.events) || !raw.events.every(isEvent)) return null;
  const ended = raw.ended === 'target' || raw.ended === 'source' || raw.ended === 'stopped' ? raw.ended : null;
  return { set: raw.set, t0: raw.t0, ended, chunks: typeof raw.chunks === 'number' ? raw.chunks : 0, events: raw.events.filter((e) => e.type !== 'hold-progress') };
}

/** The workout in a stored record, or null when it is not one. Records of the first version (frames inline) read too. */
export function readWorkoutMeta(raw: unknown): WorkoutMeta | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.exercise !== 'string' || typeof raw.date !== 'string' || Number.isNaN(Date.parse(raw.date))) return null;
  if (raw.source !== 'camera' && raw.source !== 'video' && raw.source !== 'track') return null;
  if (!isObject(raw.header) || !isObject(raw.header.source) || !isObject(raw.header.model) || !Array.isArray(raw.sets)) return null;
  const sets = raw.sets.map(readSet);
  if (sets.some((s) => s === null)) return null;
  const replay = isObject(raw.replay) && typeof raw.replay.src === 'string' && typeof raw.replay.speed === 'number' ? { src: raw.replay.src, speed: raw.replay.speed } : undefined;
  return {
    id: raw.id,
    exercise: raw.exercise,
    date: raw.date,
    source: raw.source,
    ...(replay ? { replay } : {}),
    header: raw.header as WorkoutMeta['header'],
    status: raw.status === 'in-progress' ? 'in-progress' : 'done',
    sets: sets as SetMeta[],
  };
}

/** A first-version record keeps each set's frames inline; later ones keep them in chunks. */
export function inlineSets(raw: unknown): SetRecord[] | null {
  if (!isObject(raw) || !Array.isArray(raw.sets)) return null;
  const sets = raw.sets as (Omit<SetRecord, 'frames'> & { frames: PoseFrame[] })[];
  const inline = sets.length > 0 && sets.every((s) => Array.isArray(s.frames) && Array.isArray(s.series));
  return inline ? sets.map((s) => ({ ...s, frames: FrameStore.from(s.frames) })) : null;
}

export function newWorkoutId(exercise: string, now = new Date()): string {
  return `${exercise}-${now.toISOString()}`;
}
