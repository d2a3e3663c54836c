import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events';
import { frame, frames, session } from './session-core-test-kit';

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
});
