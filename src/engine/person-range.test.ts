import { describe, expect, it } from 'vitest';
import { PersonRange } from './person-range';

/** One rep lifting `peak` (nominal units) to its end. */
function rep(r: PersonRange, peak: number, finished = true): void {
  r.scale(0);
  r.scale(peak);
  r.scale(0);
  r.endRep(finished);
}

describe('PersonRange', () => {
  it('starts at the nominal range', () => {
    expect(new PersonRange().scale(0.6)).toBeCloseTo(0.6);
  });

  it('shrinks to a person who lifts less, so their later reps reach the same fraction', () => {
    const r = new PersonRange();
    rep(r, 0.7);
    expect(r.range).toBeCloseTo(0.7);
    expect(r.scale(0.42)).toBeCloseTo(0.6);
  });

  it('learns nothing from a rep cut off before it finished', () => {
    const r = new PersonRange();
    rep(r, 0.7, false);
    expect(r.range).toBe(1);
  });

  it('never shrinks below the minimum range, so noise is never a rep', () => {
    const r = new PersonRange({ minRange: 0.5, maxRange: 3, window: 3 });
    rep(r, 0.1);
    expect(r.range).toBe(0.5);
    expect(r.scale(0.1)).toBeCloseTo(0.2);
  });

  it('grows to a person who lifts more, up to a limit, and takes the median of recent reps', () => {
    const r = new PersonRange({ minRange: 0.5, maxRange: 3, window: 3 });
    rep(r, 2);
    expect(r.range).toBe(2);
    rep(r, 9);
    rep(r, 9);
    expect(r.range).toBe(3);
    rep(r, 0.6);
    rep(r, 0.6);
    expect(r.range).toBeCloseTo(0.6);
    r.reset();
    expect(r.range).toBe(1);
  });
});
