import { describe, expect, it } from 'vitest';
import { restBesideTop, type SignalTrace } from './rest-beside-top';

/** A trace at 15 fps from these signal values. */
const trace = (values: (number | null)[]): SignalTrace => values.map((signal, i) => ({ t: i / 15, signal }));

describe('restBesideTop', () => {
  it('takes the last frame at rest before the top, not the first frame of a quick lift that the smoothed signal still reads low', () => {
    // At rest (0.00 - 0.02), then the pose jumps up between frames 4 and 5: the lagging signal reads
    // only 0.06 on frame 5, within the rest band, while the limbs there are already lifted.
    const s = trace([0.02, 0.01, 0.0, 0.01, 0.0, 0.06, 0.3, 0.8, 1, 1]);
    expect(restBesideTop(s, -Infinity, 8 / 15, 'last')).toBeCloseTo(4 / 15);
  });

  it('keeps the rest sample nearest the top when the lift starts slowly from a still rest', () => {
    const s = trace([0.02, 0.01, 0.03, 0.01, 0.2, 0.6, 1]);
    expect(restBesideTop(s, -Infinity, 6 / 15, 'last')).toBeCloseTo(3 / 15);
  });

  it('takes the first frame back at rest after the top', () => {
    const s = trace([1, 0.9, 0.4, 0.08, 0.01, 0.0, 0.0]);
    expect(restBesideTop(s, 0, Infinity, 'first')).toBeCloseTo(3 / 15);
  });

  it('skips paused frames, and without any frame between the tops falls back to the bound', () => {
    expect(restBesideTop(trace([0.0, null, 0.05, 0.9]), -Infinity, 3 / 15, 'last')).toBe(0);
    expect(restBesideTop(trace([1, null, null, 1]), 0.01, 0.19, 'last')).toBe(0.01);
  });
});
