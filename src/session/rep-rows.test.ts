import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events';
import { createExerciseEngine } from '../exercises';
import { synthesizeTrack } from '../synth';
import { repRows, repsToCsv } from './rep-rows';

const events: EngineEvent[] = [
  { type: 'fault', t: 1.2, rule: 'hips-low', cue: 'Lift your hips, higher', severity: 'warn', landmarks: [23, 24] },
  { type: 'rep', t: 2, index: 1, start: 0.5, end: 2, score: 72, range: 0.81, faults: ['hips-low'] },
  { type: 'hold-complete', t: 9, start: 3, end: 9, seconds: 6, target: 5, reached: true },
  { type: 'rep', t: 10, index: 2, side: 'left', start: 2.5, end: 10, score: 98, range: 1.02, faults: [] },
];

describe('repRows', () => {
  it('makes one row per rep with its hold and fault cues', () => {
    const rows = repRows(events);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ index: 1, duration: 1.5, held: null, faults: ['hips-low'], cues: ['Lift your hips, higher'] });
    expect(rows[1]).toMatchObject({ index: 2, side: 'left', held: 6, holdTarget: 5, holdReached: true, cues: [] });
  });

  it('gives each score its reasons: the hold against its target, the range, each fault by its severity', () => {
    const rows = repRows(events, { 'hips-low': 'error' });
    expect(rows[0].reasons).toEqual(['range 81 %', 'hips-low −30 %']);
    expect(rows[1].reasons).toEqual(['hold 6.0 of 5 s', 'range 100 %']);
    // Without the spec's severities, the reported fault's.
    expect(repRows(events)[0].reasons).toEqual(['range 81 %', 'hips-low −15 %']);
  });

  it('keeps the reasons a saved rep was shown with, and marks the reasons of a rep saved without them as worked out now', () => {
    // Scored by an older formula: its own reasons, whatever today's formula would say.
    const saved: EngineEvent = { type: 'rep', t: 2, index: 1, start: 0.5, end: 2, score: 86, reasons: ['steadiness 86 %'], range: 1, faults: [] };
    expect(repRows([saved])[0]).toMatchObject({ score: 86, reasons: ['steadiness 86 %'], reasonsRecomputed: false });
    expect(repRows(events)[0]).toMatchObject({ score: 72, reasons: ['range 81 %', 'hips-low −15 %'], reasonsRecomputed: true });
  });

  it('explains the engine\'s own scores: a synthetic 15 s superman hold and its reasons agree', () => {
    const { track } = synthesizeTrack({ exercise: 'superman', reps: 1, holdSeconds: 15, restSeconds: 3, fps: 15, seed: 1 });
    const engine = createExerciseEngine('superman', {});
    const all = [...track.frames.flatMap((f) => engine.push(f)), ...engine.finish()];
    const [row] = repRows(all);
    expect(row.reasonsRecomputed).toBe(false);
    expect(row.reasons[0]).toMatch(/^hold 1[45]\.\d of 15 s$/);
    const range = Number(/range (\d+) %/.exec(row.reasons.join())![1]) / 100;
    const held = Math.min(1, row.held! / 15);
    expect(Math.abs(row.score - range * held * 100)).toBeLessThan(1);
  });
});

describe('repsToCsv', () => {
  it('writes a header and one line per rep, quoting where needed', () => {
    const csv = repsToCsv(repRows(events));
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('rep,side,start_s,end_s,duration_s,score,range_pct,held_s,hold_reached,faults');
    expect(lines[1]).toBe('1,,0.50,2.00,1.50,72,81,,,hips-low');
    expect(lines[2]).toBe('2,left,2.50,10.00,7.50,98,102,6.0,yes,');
    const quoted = repsToCsv([{ ...repRows(events)[0], side: 'a,"b"' }]);
    expect(quoted.split('\n')[1].startsWith('1,"a,""b"""')).toBe(true);
  });
});
