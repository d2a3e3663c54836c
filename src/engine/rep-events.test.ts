import { describe, expect, it } from 'vitest';
import { cycleRepEvent, faultEvent, repEvent } from './rep-events';
import type { FormRule } from './exercise-spec';

const sag: FormRule = { id: 'hips-sag', when: 'top', ok: () => true, cue: 'Lift your hips', severity: 'warn', landmarks: ['hip', 'knee'] };
const short: FormRule = { id: 'hold-short', when: 'rep-end', ok: () => true, cue: 'Hold longer', severity: 'info', landmarks: [] };

describe('faultEvent', () => {
  it("names the rule, its cue and its landmarks on the working side, and marks a rep-end rule as after the rep", () => {
    const index = (ref: string) => (ref === 'hip' ? 24 : 26);
    expect(faultEvent(sag, 3.5, index)).toEqual({ type: 'fault', t: 3.5, rule: 'hips-sag', cue: 'Lift your hips', severity: 'warn', landmarks: [24, 26] });
    expect(faultEvent(short, 4, index)).toMatchObject({ rule: 'hold-short', landmarks: [], afterRep: true });
  });
});

describe('repEvent', () => {
  const clean = { t: 5, index: 2, start: 1, end: 4.5, peak: 0.9, hold: null, faults: [], side: null };

  it('reports the range reached, at most the full range, and the side only when there is one', () => {
    expect(repEvent(clean)).toEqual({ type: 'rep', t: 5, index: 2, start: 1, end: 4.5, score: expect.any(Number), range: 0.9, faults: [] });
    expect(repEvent({ ...clean, peak: 1.4 }).range).toBe(1);
    expect(repEvent({ ...clean, side: 'left' }).side).toBe('left');
  });

  it('scores lower for a broken rule and for a hold cut short', () => {
    const full = repEvent({ ...clean, peak: 1 }).score;
    expect(repEvent({ ...clean, peak: 1, faults: [sag] })).toMatchObject({ faults: ['hips-sag'] });
    expect(repEvent({ ...clean, peak: 1, faults: [sag] }).score).toBeLessThan(full);
    expect(repEvent({ ...clean, peak: 1, hold: { seconds: 1, target: 3 } }).score).toBeLessThan(repEvent({ ...clean, peak: 1, hold: { seconds: 3, target: 3 } }).score);
  });
});

describe('cycleRepEvent', () => {
  const cycle = { start: 1, turn: 2.2, kind: 'peak' as const, amplitude: 0.5, direction: -1 as const };

  it('is a full-range rep from the turn before to the counted turn, named by its direction', () => {
    expect(cycleRepEvent(cycle, 2.4, 3, [], ['forward', 'backward'])).toMatchObject({ type: 'rep', index: 3, start: 1, end: 2.2, range: 1, direction: 'backward' });
    expect(cycleRepEvent({ ...cycle, direction: 1 }, 2.4, 3, [], ['forward', 'backward']).direction).toBe('forward');
    expect(cycleRepEvent({ ...cycle, direction: 0 }, 2.4, 3, [], ['forward', 'backward']).direction).toBeUndefined();
    expect(cycleRepEvent(cycle, 2.4, 3, [], undefined).direction).toBeUndefined();
  });
});
