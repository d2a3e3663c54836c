import { describe, expect, it } from 'vitest';
import { topSince } from './at-top';

const rep = { peak: 1.4, risingUntil: 2 };
const ENTER = 0.6;

describe('topSince', () => {
  it('holds a clean signal to a band under its peak, the top beginning at the peak', () => {
    expect(topSince(1.3, rep, ENTER, 0)).toBe(2);
    expect(topSince(1.1, rep, ENTER, 0)).toBeNull();
  });

  it('widens the band with the noise, so a noisy hold is at its top below its highest spike', () => {
    // Held at 1, noise 0.25: the peak 1.4 is a spike; a sample at 1 is the hold, not a lowering.
    expect(topSince(1, rep, ENTER, 0.25)).toBe(2);
    expect(topSince(1, rep, ENTER, 0)).toBeNull();
  });

  it('is never at the top under the enter level, however noisy', () => {
    expect(topSince(0.5, rep, ENTER, 1)).toBeNull();
  });
});
