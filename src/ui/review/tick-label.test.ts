import { describe, expect, it } from 'vitest';
import { tickLabel } from './tick-label';

describe('tickLabel', () => {
  it('never writes "-0"', () => {
    expect(tickLabel(-0.3)).toBe('0');
    expect(tickLabel(-0)).toBe('0');
    expect(tickLabel(-0.6)).toBe('-1');
    expect(tickLabel(12.4)).toBe('12');
  });
});
