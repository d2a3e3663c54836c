import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events';
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
    expect(rows[1]).toMatchObject({ index: 2, side: 'left', held: 6, holdReached: true, cues: [] });
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
