import { describe, expect, it } from 'vitest';
import { atTop } from './at-top';

const rep = { peak: 1.4, risingUntil: 0 };
const ENTER = 0.6;

describe('atTop', () => {
  it('holds a clean signal to a band under its peak', () => {
    expect(atTop(1, 1.3, rep, ENTER, 0)).toBe(true);
    expect(atTop(1, 1.1, rep, ENTER, 0)).toBe(false);
  });

  it('widens the band with the noise, so a noisy hold is at its top below its highest spike', () => {
    // Held at 1, noise 0.1: the peak 1.4 is a spike; a sample at 1 is the hold, not a lowering.
    expect(atTop(1, 1, rep, ENTER, 0.1)).toBe(true);
    expect(atTop(1, 1, rep, ENTER, 0)).toBe(false);
  });

  it('is never at the top under the enter level, however noisy', () => {
    expect(atTop(1, 0.5, rep, ENTER, 1)).toBe(false);
  });

  it('waits for the rise to settle', () => {
    expect(atTop(0.1, 1.4, rep, ENTER, 0)).toBe(false);
    expect(atTop(0.2, 1.4, rep, ENTER, 0)).toBe(true);
  });
});
