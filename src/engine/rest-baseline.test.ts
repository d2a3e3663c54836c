import { describe, expect, it } from 'vitest';
import { RestBaseline } from './rest-baseline';

/** Feeds a constant signal for `seconds` at 10 fps from `t0`; returns the last output. */
function hold(b: RestBaseline, t0: number, seconds: number, signal: number, learn = true): number {
  let out = NaN;
  for (let t = t0; t <= t0 + seconds + 1e-9; t += 0.1) out = b.apply(t, signal, learn);
  return out;
}

describe('RestBaseline', () => {
  it('learns a raised rest from a still pose and measures the lift above it', () => {
    const b = new RestBaseline();
    expect(hold(b, 0, 1, 0.25)).toBeCloseTo(0);
    expect(b.level).toBeCloseTo(0.25);
    expect(b.apply(1.1, 1.25, false)).toBeCloseTo(1);
  });

  it('measures from the nominal start before a valley has been seen', () => {
    const b = new RestBaseline();
    expect(b.apply(0, 0.5, true)).toBe(0.5);
    expect(b.apply(0.1, -0.5, true)).toBe(0);
    expect(b.level).toBeNull();
  });

  it('learns the bottom of reps done without a pause', () => {
    const b = new RestBaseline();
    for (let t = 0; t <= 3; t += 0.05) b.apply(t, 0.3 + 0.5 * Math.cos(2 * Math.PI * t), true);
    expect(b.level).toBeCloseTo(-0.2, 1);
  });

  it('follows a still rest down at once but up only slowly', () => {
    const b = new RestBaseline();
    hold(b, 0, 1, 0.2);
    hold(b, 1.1, 1, 0);
    expect(b.level).toBeCloseTo(0);
    hold(b, 2.2, 1, 0.1);
    expect(b.level).toBeLessThan(0.06);
  });

  it('takes a rest that reads high (a tilted camera) as the rest, with no cap', () => {
    const b = new RestBaseline();
    hold(b, 0, 1, 0.9);
    expect(b.level).toBeCloseTo(0.9);
    expect(b.apply(1.1, 1.9, false)).toBeCloseTo(1);
  });

  it('does not learn a pose passed through in a movement (lying down) as the rest', () => {
    const b = new RestBaseline();
    for (let t = 0; t <= 1; t += 0.1) b.apply(t, -2 + 2 * t, true);
    expect(b.level).toBeNull();
    hold(b, 1.1, 0.5, 0);
    expect(b.level).toBeCloseTo(0);
    expect(b.apply(2, 1, true)).toBeCloseTo(1);
  });

  it('moves the learnt rest by what a changed reference frame moves the reading, whatever the reading', () => {
    const b = new RestBaseline();
    hold(b, 0, 1, 0.1);
    // The floor is learnt on a frame already 0.15 into a lift: the rest moves by the change (0.3), not to that frame.
    b.shift(0.3);
    expect(b.level).toBeCloseTo(0.4);
    expect(b.apply(1.1, 0.55, false)).toBeCloseTo(0.15);
  });

  it('has nothing to move before a rest is learnt', () => {
    const b = new RestBaseline();
    b.shift(0.3);
    expect(b.level).toBeNull();
  });

  it('starts afresh after reset', () => {
    const b = new RestBaseline();
    hold(b, 0, 1, 0.1);
    b.reset();
    hold(b, 2, 1, 0.7);
    expect(b.level).toBeCloseTo(0.7);
  });
});
