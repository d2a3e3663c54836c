import { describe, expect, it } from 'vitest';
import { tickLabel } from './tick-label';

describe('tickLabel', () => {
  it('never writes "-0"', () => {
    expect(tickLabel(-0.3)).toBe('0');
    expect(tickLabel(-0)).toBe('0');
    expect(tickLabel(-0.6)).toBe('-1');
    expect(tickLabel(12.4)).toBe('12');
  });

  it('gives tenths when ticks are closer than a unit, so no two neighbours read the same', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((v) => tickLabel(v, 0.25))).toEqual(['0.0', '0.3', '0.5', '0.8', '1.0']);
    expect(tickLabel(-0.02, 0.5)).toBe('0.0');
  });
});
