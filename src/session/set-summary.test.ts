import { describe, expect, it } from 'vitest';
import type { RepRow } from './rep-rows';
import { setSummary } from './set-summary';

const row = (score: number, held: number | null = null, target = 15): RepRow => ({
  index: 1, side: '', start: 0, end: 1, duration: 1, score, reasons: [], reasonsRecomputed: false, range: 1, held, holdTarget: held === null ? null : target,
  holdReached: held === null ? null : held >= target, faults: [], cues: [],
});

describe('setSummary', () => {
  it('counts the holds that reached their target apart from the short attempts', () => {
    const rows = [row(2, 0.3), row(3, 0.4), row(100, 15.2)];
    expect(setSummary(rows, 'hold', 0)).toBe('1 hold made, 2 too short (longest 0.4 s), average score 35');
  });
  it('does not call ten short lifts ten holds', () => {
    const rows = Array.from({ length: 10 }, () => row(2, 0.3));
    expect(setSummary(rows, 'hold', 1)).toBe('0 holds made, 10 too short (longest 0.3 s), average score 2, 1 form cue');
  });
  it('counts reps in the right number', () => {
    expect(setSummary([row(90)], 'reps', 2)).toBe('1 rep, average score 90, 2 form cues');
    expect(setSummary([], 'reps', 0)).toBe('0 reps');
  });
});
