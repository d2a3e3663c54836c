/**
 * Saves a workout while it happens: every flush appends what was recorded since the last one (a
 * chunk of at most MAX_CHUNK_FRAMES frames per write, with their events and signal) and rewrites
 * the workout's small record. A reload, a closed tab or a lost camera then loses a few seconds at
 * most, and no single write grows with the length of the set. A failed write is reported and
 * retried at the next flush; nothing is dropped from memory.
 */
import type { SetRecord } from '../session/session-core';
import { packFrames, packSeries } from './frame-pack';
import { storageError, type StorageError } from './storage-error';
import type { ChunkRecord, SetMeta, StoredWorkout, WorkoutMeta } from './workout-record';

export const MAX_CHUNK_FRAMES = 600;

export type SaveProgress = (meta: WorkoutMeta, chunk: ChunkRecord | null) => Promise<void>;

interface Cursor {
  frames: number;
  events: number;
  series: number;
  chunks: number;
}

export class WorkoutJournal {
  private readonly cursors = new Map<number, Cursor>();
  private queue: Promise<void> = Promise.resolve();
  private lastShape = '';
  /** Once the workout was saved as done, later flushes keep it so. */
  private done = false;

  constructor(
    private readonly save: SaveProgress,
    /** Read at every write: the header (model, size) is known only once the source runs. */
    private readonly workout: () => Omit<WorkoutMeta, 'sets' | 'status'>,
    private readonly sets: () => readonly SetRecord[],
    /** Called after every flush: null when it was written, else why not. */
    private readonly onResult: (error: StorageError | null) => void,
    /** A workout resumed after a reload: what of it is stored already. */
    resumed?: { stored: StoredWorkout; chunks: Pick<SetMeta, 'set' | 'chunks'>[] },
  ) {
    for (const s of resumed?.stored.sets ?? []) {
      const chunks = resumed!.chunks.find((c) => c.set === s.set)?.chunks ?? 0;
      // A set kept inline (the first storage version) has no chunks yet: it is written out again.
      if (chunks) this.cursors.set(s.set, { frames: s.frames.length, events: s.events.length, series: s.series.length, chunks });
    }
  }

  /** Writes what is new; `finished` marks the workout done. Flushes run one after another. */
  flush(finished = false): Promise<void> {
    this.done ||= finished;
    const done = this.done;
    this.queue = this.queue.then(() => this.write(done));
    return this.queue;
  }

  private cursor(set: number): Cursor {
    let c = this.cursors.get(set);
    if (!c) this.cursors.set(set, (c = { frames: 0, events: 0, series: 0, chunks: 0 }));
    return c;
  }

  private meta(finished: boolean): WorkoutMeta {
    const sets = this.sets().map((s) => {
      const c = this.cursor(s.set);
      return { set: s.set, t0: s.t0, ended: s.ended, chunks: c.chunks, events: s.events.slice(0, c.events).filter((e) => e.type !== 'hold-progress') };
    });
    return { ...this.workout(), status: finished ? 'done' : 'in-progress', sets };
  }

  private nextChunk(s: SetRecord): { chunk: ChunkRecord; after: Cursor } | null {
    const c = this.cursor(s.set);
    if (s.frames.length === c.frames && s.events.length === c.events && s.series.length === c.series) return null;
    const frames = Math.min(s.frames.length, c.frames + MAX_CHUNK_FRAMES);
    const series = Math.min(s.series.length, c.series + MAX_CHUNK_FRAMES);
    // Events up to the chunk's last frame (all of them when the chunk reaches the end).
    const until = frames < s.frames.length ? s.frames.timeAt(frames - 1) : Infinity;
    let events = c.events;
    while (events < s.events.length && s.events[events].t <= until) events++;
    const chunk: ChunkRecord = {
      workout: this.workout().id,
      set: s.set,
      seq: c.chunks,
      frames: packFrames(s.frames.slice(c.frames, frames)),
      series: packSeries(s.series.slice(c.series, series)),
      events: s.events.slice(c.events, events),
    };
    return { chunk, after: { frames, events, series, chunks: c.chunks + 1 } };
  }

  private async write(finished: boolean): Promise<void> {
    if (this.sets().length === 0) return;
    try {
      let wrote = false;
      for (const s of this.sets()) {
        for (let next = this.nextChunk(s); next; next = this.nextChunk(s)) {
          const before = this.cursor(s.set);
          this.cursors.set(s.set, next.after);
          try {
            await this.save(this.meta(finished), next.chunk);
          } catch (e) {
            this.cursors.set(s.set, before);
            throw e;
          }
          wrote = true;
        }
      }
      const shape = JSON.stringify(this.meta(finished).sets.map((s) => [s.set, s.ended])) + finished;
      if (!wrote && shape !== this.lastShape) await this.save(this.meta(finished), null);
      this.lastShape = shape;
      this.onResult(null);
    } catch (e) {
      this.onResult(storageError(e));
    }
  }
}
