import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events';
import { SessionCore, type EngineLike } from './session-core';
import { frame, frames, scripted, session, setupOk } from './session-core-test-kit';

describe('SessionCore sets, rests and holds', () => {
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
