/** A fake engine and scripted sessions for SessionCore's tests (session-core*.test.ts). */
import type { EngineEvent, EngineSnapshot } from '../engine/events';
import type { Keypoint, PoseFrame } from '../track/track';
import type { SetupCheck } from '../engine/setup-check';
import { SessionCore, type EngineLike, type SessionOptions } from './session-core';

const body: Keypoint[] = Array.from({ length: 33 }, () => [0.5, 0.5, 0, 0.99] as Keypoint);
export const frame = (t: number, visible = true): PoseFrame => ({ t, keypoints: visible ? body : null });
export const frames = (from: number, to: number, dt = 0.1, visible = true) => {
  const out: PoseFrame[] = [];
  for (let t = from; t < to - 1e-9; t += dt) out.push(frame(Math.round(t * 1000) / 1000, visible));
  return out;
};

/** A fake engine: one rep every 2 s of its own time; a fault in [3, 3.5); tracking lost without keypoints. */
export class FakeRepEngine implements EngineLike {
  reps = 0;
  t = 0;
  lost = false;
  fault = false;
  finished = false;
  push(f: PoseFrame): EngineEvent[] {
    const out: EngineEvent[] = [];
    this.t = f.t;
    const lost = f.keypoints === null;
    if (lost !== this.lost) {
      this.lost = lost;
      out.push({ type: 'framing', t: f.t, status: lost ? 'no-person' : 'ok', message: lost ? 'No one in view' : 'ok', missing: [] });
    }
    if (lost) return out;
    const fault = f.t >= 3 && f.t < 3.5;
    if (fault && !this.fault) out.push({ type: 'fault', t: f.t, rule: 'hips-low', cue: 'Lift your hips', severity: 'warn', landmarks: [23, 24] });
    this.fault = fault;
    if (Math.floor(f.t / 2) > this.reps) {
      this.reps += 1;
      out.push({ type: 'rep', t: f.t, index: this.reps, start: f.t - 2, end: f.t, score: 90, range: 1, faults: [] });
    }
    return out;
  }
  snapshot(): EngineSnapshot {
    return {
      t: this.t, reps: this.reps, phase: this.lost ? 'paused' : 'up', signal: this.lost ? null : 0.5, metric: this.lost ? null : 10, holding: false,
      holdSeconds: 0, holdTarget: null, side: null, framing: this.lost ? 'no-person' : 'ok',
      activeFaults: this.fault ? [{ rule: 'hips-low', cue: 'Lift your hips', landmarks: [23, 24] }] : [],
    };
  }
  finish(): EngineEvent[] {
    this.finished = true;
    return [];
  }
}

export const setupOk = (f: PoseFrame): SetupCheck =>
  f.keypoints ? { ok: true, problems: [] } : { ok: false, problems: [{ id: 'no-person', message: 'Step into view', landmarks: [] }] };

/** A one-set hold session over an engine that plays `events` at their frame times and reports `snap(t)`. */
export function scripted(events: Record<number, EngineEvent[]>, snap: (t: number) => Partial<EngineSnapshot>): SessionCore {
  let t = 0;
  const engine: EngineLike = {
    push: (f) => {
      t = f.t;
      return events[f.t] ?? [];
    },
    snapshot: () => ({
      t, reps: 0, phase: 'up', signal: 1, metric: 1, holding: false, holdSeconds: 0, holdTarget: null, side: null, framing: 'ok', activeFaults: [],
      ...snap(t),
    }),
    finish: () => [],
  };
  return new SessionCore({
    createEngine: () => engine, checkSetup: setupOk, kind: 'hold', sets: 1, targetReps: 5, stopAtTarget: false, settleSeconds: 0, countdownSeconds: 0,
  });
}

export function session(over: Partial<SessionOptions> = {}) {
  const engines: FakeRepEngine[] = [];
  const core = new SessionCore({
    createEngine: () => {
      const e = new FakeRepEngine();
      engines.push(e);
      return e;
    },
    checkSetup: setupOk,
    kind: 'reps',
    sets: 2,
    targetReps: 5,
    stopAtTarget: false,
    settleSeconds: 0,
    countdownSeconds: 0,
    ...over,
    cueLingerSeconds: 1,
  });
  return { core, engines };
}
