import { describe, expect, it } from 'vitest';
import type { EngineEvent, EngineSnapshot } from '../engine/events';
import type { Keypoint, PoseFrame } from '../track/track';
import type { SetupCheck } from '../engine/setup-check';
import { SessionCore, type EngineLike, type SessionOptions } from './session-core';

const body: Keypoint[] = Array.from({ length: 33 }, () => [0.5, 0.5, 0, 0.99] as Keypoint);
const frame = (t: number, visible = true): PoseFrame => ({ t, keypoints: visible ? body : null });
const frames = (from: number, to: number, dt = 0.1, visible = true) => {
  const out: PoseFrame[] = [];
  for (let t = from; t < to - 1e-9; t += dt) out.push(frame(Math.round(t * 1000) / 1000, visible));
  return out;
};

/** A fake engine: one rep every 2 s of its own time; a fault in [3, 3.5); tracking lost without keypoints. */
class FakeRepEngine implements EngineLike {
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

const setupOk = (f: PoseFrame): SetupCheck =>
  f.keypoints ? { ok: true, problems: [] } : { ok: false, problems: [{ id: 'no-person', message: 'Step into view', landmarks: [] }] };

/** A one-set hold session over an engine that plays `events` at their frame times and reports `snap(t)`. */
function scripted(events: Record<number, EngineEvent[]>, snap: (t: number) => Partial<EngineSnapshot>): SessionCore {
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

function session(over: Partial<SessionOptions> = {}) {
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

describe('SessionCore', () => {
  it('breathes with the person in a paced set: says in and out, and shows it when no fault is cued', () => {
    const { core } = session({ paced: true });
    const said: string[] = [];
    let shownAt5 = '';
    for (const f of frames(0, 10)) {
      said.push(...core.push(f).speech.map((s) => s.text));
      if (Math.abs(f.t - 5) < 1e-6) shownAt5 = core.current().cue;
    }
    expect(said.filter((s) => s.startsWith('Breathe'))).toEqual(['Breathe in', 'Breathe out']);
    expect(shownAt5).toBe('Breathe out · 1 of 5');
  });

  it("says the spec's reminders once a set: the first as counting starts, the second part-way, never as a cue", () => {
    const { core } = session({ reminders: ['Pull in your stomach', 'Breathe'], sets: 2, stopAtTarget: true, restSeconds: 1 });
    const said: { t: number; text: string; kind: string }[] = [];
    for (const f of frames(0, 30)) for (const s of core.push(f).speech) said.push({ t: f.t, ...s });
    const reminders = said.filter((s) => s.text === 'Pull in your stomach' || s.text === 'Breathe');
    // Two sets, each: the first at the start of counting, the second once 2 of 5 reps are counted.
    expect(reminders.map((s) => s.text)).toEqual(['Pull in your stomach', 'Breathe', 'Pull in your stomach', 'Breathe']);
    expect(reminders.every((s) => s.kind === 'info')).toBe(true);
    expect(reminders[1].t - reminders[0].t).toBeGreaterThanOrEqual(4 - 1e-9);
    expect(core.sets).toHaveLength(2);
  });

  it('waits in the set-up check until the body is in view, then counts reps from a replayed source', () => {
    const { core, engines } = session();
    for (const f of frames(0, 1, 0.1, false)) core.push(f);
    expect(core.current()).toMatchObject({ phase: 'setup', framingMessage: 'Step into view', reps: 0 });
    expect(engines).toHaveLength(0);
    for (const f of frames(1, 12.05)) core.push(f);
    expect(core.current().phase).toBe('counting');
    expect(core.current().reps).toBe(5);
    core.end();
    expect(core.current().phase).toBe('finished');
    expect(engines[0].finished).toBe(true);
    const set = core.sets[0];
    expect(set.t0).toBe(1);
    expect(set.frames.timeAt(0)).toBe(0);
    expect(set.events.filter((e) => e.type === 'rep')).toHaveLength(5);
    expect(set.series).toHaveLength(set.frames.length);
    expect(set.ended).toBe('source');
  });

  it('asks for a steady view, counts down 3-2-1 aloud, and only then counts', () => {
    const { core } = session({ settleSeconds: 1, countdownSeconds: 3 });
    const said: string[] = [];
    for (const f of frames(0, 0.95)) said.push(...core.push(f).speech.map((s) => s.text));
    expect(core.current().phase).toBe('setup');
    core.push(frame(1));
    expect(core.current()).toMatchObject({ phase: 'countdown', countdown: 3 });
    for (const f of frames(1.1, 4.05)) said.push(...core.push(f).speech.map((s) => s.text));
    expect(said).toEqual(['3', '2', '1', 'Go'].slice(1));
    expect(core.current().phase).toBe('counting');
    expect(core.sets[0].t0).toBeCloseTo(4, 5);
  });

  it('goes back to the set-up check if the body leaves during the countdown', () => {
    const { core } = session({ countdownSeconds: 3 });
    core.push(frame(0));
    expect(core.current().phase).toBe('countdown');
    core.push(frame(0.5, false));
    core.push(frame(1.1, false));
    expect(core.current().phase).toBe('setup');
  });

  it('keeps the countdown through a set-up slip shorter than half a second (a toe at the edge for a frame)', () => {
    const { core } = session({ countdownSeconds: 3 });
    core.push(frame(0));
    core.push(frame(0.5, false));
    expect(core.current().phase).toBe('countdown');
    core.push(frame(0.8));
    expect(core.current().phase).toBe('countdown');
    core.push(frame(3));
    expect(core.current().phase).toBe('counting');
  });

  it('speaks rep counts and form cues, shows the cue with its landmarks, and lets it linger briefly', () => {
    const { core } = session();
    const speech: string[] = [];
    let cueSeen = '';
    let highlight: number[] = [];
    for (const f of frames(0, 4.2)) {
      speech.push(...core.push(f).speech.map((s) => s.text));
      if (f.t === 3.6) {
        cueSeen = core.current().cue;
        highlight = core.current().highlight;
      }
    }
    expect(speech).toEqual(['1', 'Lift your hips', '2']);
    expect(cueSeen).toBe('Lift your hips');
    expect(highlight).toEqual([23, 24]);
    for (const f of frames(4.2, 5)) core.push(f);
    expect(core.current().cue).toBe('Good form');
  });

  it('freezes the count and says tracking is lost, once, when the person disappears mid-set, and back once', () => {
    const { core } = session();
    for (const f of frames(0, 2.5)) core.push(f);
    expect(core.current().reps).toBe(1);
    const said: string[] = [];
    for (const f of frames(2.5, 4, 0.1, false)) said.push(...core.push(f).speech.map((s) => s.text));
    expect(said).toEqual(['Tracking lost']);
    expect(core.current().trackingLost).toBe(true);
    expect(core.current().framingMessage).toMatch(/Tracking lost: No one in view/);
    expect(core.current().phase).toBe('counting');
    for (const f of frames(4, 5)) said.push(...core.push(f).speech.map((s) => s.text).filter((t) => t.startsWith('Tracking')));
    expect(said).toEqual(['Tracking lost', 'Tracking back']);
    expect(core.current().trackingLost).toBe(false);
  });

  it('speaks the set-up check\'s instruction once it is steady, not every frame', () => {
    const { core } = session();
    const said: string[] = [];
    for (const f of frames(0, 5, 0.1, false)) said.push(...core.push(f).speech.map((s) => s.text));
    expect(said).toEqual(['Step into view']);
  });

  it('does not praise form before a rep was seen, nor a set with nothing counted', () => {
    const { core } = session();
    for (const f of frames(0, 1.5)) core.push(f);
    expect(core.current().reps).toBe(0);
    expect(core.current().cue).not.toMatch(/good/i);
    const said = core.stop().speech.map((s) => s.text);
    expect(said.join(' ')).not.toMatch(/well done/i);
    expect(core.current().end).toMatchObject({ heading: 'Stopped early', praise: false });
  });

  it('does not call a stop during the set-up check a completed set', () => {
    const { core } = session();
    for (const f of frames(0, 1, 0.1, false)) core.push(f);
    expect(core.stop().speech.map((s) => s.text)).toEqual(['Stopped']);
    expect(core.current()).toMatchObject({ phase: 'finished', end: { heading: 'Stopped', praise: false } });
    expect(core.sets).toHaveLength(0);
  });

  it('says a rule judged at the end of a rep as advice for the next', () => {
    const { core, engines } = session();
    core.push(frame(0));
    const engine = engines[0];
    const push = engine.push.bind(engine);
    const advice: EngineEvent = { type: 'fault', t: 0.5, rule: 'lower-fast', cue: 'Lower your hips slowly', severity: 'warn', landmarks: [], afterRep: true };
    engine.push = (f) => [...push(f), ...(f.t === 0.5 ? [advice] : [])];
    const said = frames(0.1, 0.6).flatMap((f) => core.push(f).speech.map((s) => s.text));
    expect(said).toEqual(['Next time: lower your hips slowly']);
    expect(core.current().cue).toBe('Next time: lower your hips slowly');
  });

  it('ends a camera set at the target, rests, and finishes after the last set', () => {
    const { core, engines } = session({ stopAtTarget: true, targetReps: 2, sets: 2 });
    for (const f of frames(0, 4.5)) core.push(f);
    expect(core.current()).toMatchObject({ phase: 'rest', reps: 2, set: 1 });
    core.startNextSet();
    expect(core.current()).toMatchObject({ phase: 'setup', reps: 0, set: 2 });
    for (const f of frames(10, 14.5)) core.push(f);
    expect(core.current()).toMatchObject({ phase: 'finished', reps: 2, set: 2 });
    expect(engines).toHaveLength(2);
    expect(core.sets.map((s) => s.ended)).toEqual(['target', 'target']);
  });

  it('counts the rest down on the frames\' time, says the next set is near, and starts it by itself', () => {
    const { core } = session({ stopAtTarget: true, targetReps: 2, sets: 2, restSeconds: 10 });
    for (const f of frames(0, 4.5)) core.push(f);
    const restFrom = core.current().t;
    expect(core.current()).toMatchObject({ phase: 'rest', restLeft: 10 });
    const said: string[] = [];
    for (const f of frames(restFrom + 0.1, restFrom + 7.05)) said.push(...core.push(f).speech.map((s) => s.text));
    expect(core.current()).toMatchObject({ phase: 'rest', restLeft: 3 });
    expect(said).toEqual(['Next set in 3']);
    // No frames (paused source): no time passes.
    core.push(frame(restFrom + 7.5));
    expect(core.current().restLeft).toBe(3);
    for (const f of frames(restFrom + 7.6, restFrom + 10.05)) said.push(...core.push(f).speech.map((s) => s.text));
    expect(said).toEqual(['Next set in 3', 'Set 2. Get into position']);
    // Set 2 is under way (with no settle time or countdown it counts at once).
    expect(core.current()).toMatchObject({ set: 2, restLeft: 0 });
    expect(core.current().phase).not.toBe('rest');
  });

  it('does not count time spent paused against the rest', () => {
    const { core } = session({ stopAtTarget: true, targetReps: 2, sets: 2, restSeconds: 10 });
    for (const f of frames(0, 4.5)) core.push(f);
    const restFrom = core.current().t;
    core.push(frame(restFrom + 2));
    expect(core.current().restLeft).toBe(8);
    // Paused for a minute of camera time.
    core.resumed();
    core.push(frame(restFrom + 62));
    expect(core.current()).toMatchObject({ phase: 'rest', restLeft: 8 });
    core.push(frame(restFrom + 63));
    expect(core.current().restLeft).toBe(7);
  });

  it('skipping the rest starts the next set at once', () => {
    const { core } = session({ stopAtTarget: true, targetReps: 2, sets: 2 });
    for (const f of frames(0, 4.5)) core.push(f);
    expect(core.startNextSet().speech).toEqual([{ text: 'Set 2. Get into position', kind: 'info' }]);
    expect(core.current()).toMatchObject({ phase: 'setup', set: 2 });
    expect(core.startNextSet().speech).toEqual([]);
  });

  it('reports hold progress, counts down the last seconds and keeps a finished hold on screen', () => {
    const events: Record<number, EngineEvent[]> = {};
    for (let s = 1; s <= 5; s++) events[s] = [{ type: 'hold-progress', t: s, seconds: s, target: 5, holding: true }];
    events[5.5] = [{ type: 'hold-complete', t: 5.5, start: 0, end: 5.5, seconds: 5, target: 5, reached: true }];
    events[6] = [{ type: 'hold-progress', t: 6, seconds: 0, target: 5, holding: false }];
    const core = scripted(events, (t) => ({ reps: t >= 1 ? 1 : 0, holding: t < 5.5, holdSeconds: Math.min(t, 5), holdTarget: 5 }));
    const said: string[] = [];
    for (const tt of [0, 1, 2, 3, 4, 5, 5.5]) said.push(...core.push(frame(tt)).speech.map((s) => s.text));
    expect(said).toEqual(['Hold', '3', '2', '1', 'Done']);
    expect(core.current().hold).toEqual({ seconds: 5, target: 5, holding: false, done: true, short: false });
    expect(core.current().reps).toBe(1);
    core.push(frame(6));
    expect(core.current().hold?.done).toBe(true);
  });

  it('counts a hold only when it reached its target; a short one is shown and cued as short, without "Rest"', () => {
    const events: Record<number, EngineEvent[]> = {
      1: [{ type: 'hold-progress', t: 1, seconds: 0, target: 15, holding: true }],
      1.3: [{ type: 'hold-complete', t: 1.3, start: 1, end: 1.3, seconds: 0.3, target: 15, reached: false }],
      2: [{ type: 'hold-progress', t: 2, seconds: 0, target: 15, holding: true }],
      17.2: [{ type: 'hold-complete', t: 17.2, start: 2, end: 17.2, seconds: 15.2, target: 15, reached: true }],
    };
    // The engine counts every lift; the session must count only the held ones.
    const core = scripted(events, (t) => ({ reps: t >= 2 ? 2 : t >= 1 ? 1 : 0, holdTarget: 15 }));
    const said: string[] = [];
    for (const tt of [0, 1, 1.3]) said.push(...core.push(frame(tt)).speech.map((s) => s.text));
    expect(core.current()).toMatchObject({ reps: 0, shortHolds: 1, cue: 'Too short: 0.3 of 15 s. Hold longer' });
    expect(core.current().hold).toMatchObject({ short: true, done: false });
    expect(said).toContain('Hold longer');
    expect(said).not.toContain('Rest');
    for (const tt of [2, 17.2]) core.push(frame(tt));
    expect(core.current()).toMatchObject({ reps: 1, shortHolds: 1 });
    core.end();
    expect(core.current().end).toMatchObject({ detail: '1 hold made, 1 too short.', praise: false });
  });

  it("says once where the camera is when the engine reports it mid-set, and shows it until it is fixed", () => {
    let t = 0;
    const message = 'The camera is at your feet or head — put it at your side so it sees you side-on';
    const events: Record<number, EngineEvent[]> = {
      1: [{ type: 'view', t: 1, problem: 'camera-at-end', message }],
      3: [{ type: 'view', t: 3, problem: null, message: 'The camera can see you from the side' }],
    };
    const engine: EngineLike = {
      push: (f) => {
        t = f.t;
        return events[f.t] ?? [];
      },
      snapshot: () => ({ t, reps: 0, phase: 'down', signal: 0, metric: 0, holding: false, holdSeconds: 0, holdTarget: null, side: null, framing: 'ok', activeFaults: [] }),
      finish: () => [],
    };
    const core = new SessionCore({
      createEngine: () => engine, checkSetup: setupOk, kind: 'reps', sets: 1, targetReps: 5, stopAtTarget: false,
      settleSeconds: 0, countdownSeconds: 0,
    });
    const said: string[] = [];
    for (const tt of [0, 1, 2]) said.push(...core.push(frame(tt)).speech.map((s) => s.text));
    expect(said.filter((x) => x === message)).toHaveLength(1);
    expect(core.current().framingMessage).toBe(message);
    core.push(frame(3));
    expect(core.current().framingMessage).not.toBe(message);
  });
});
