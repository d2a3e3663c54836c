import { describe, expect, it } from 'vitest';
import { SignalHistory } from './signal-history';

describe('SignalHistory', () => {
  const history = () => {
    const h = new SignalHistory();
    h.restart(0, 0);
    [0.5, 1, 1, 1, 0.5, 0].forEach((s, i) => h.push(i + 1, s));
    return h;
  };

  it('interpolates where a level was first reached and last held', () => {
    const h = history();
    expect(h.firstReached(0.75)).toBeCloseTo(1.5);
    expect(h.lastAt(0.75)).toBeCloseTo(4.5);
  });

  it('says since when the signal has stayed at a level, after a spike that fell back under it', () => {
    const h = new SignalHistory();
    h.restart(0, 0);
    [0.7, 0.3, 0.6, 0.8, 0.9, 0.9].forEach((s, i) => h.push(i + 1, s));
    expect(h.firstReached(0.65)).toBeCloseTo(0.93, 2);
    expect(h.stayedSince(0.65)).toBeCloseTo(3.25);
  });

  it('does not interpolate across a tracking gap', () => {
    const h = new SignalHistory();
    h.restart(0, 0);
    h.markGap();
    h.push(2, 1);
    expect(h.firstReached(0.5)).toBe(2);
  });

  it('takes the held level as a median, so a spike does not raise it', () => {
    const h = new SignalHistory();
    h.restart(0, 0);
    [0.9, 0.9, 0.98, 0.9, 0.9].forEach((s, i) => h.push(i + 1, s));
    expect(h.heldLevel(0.1).level).toBeCloseTo(0.9);
  });

  it('grows past its first allocation', () => {
    const h = new SignalHistory();
    h.restart(0, 0);
    for (let i = 1; i < 1000; i++) h.push(i, i === 500 ? 1 : 0);
    expect(h.length).toBe(1000);
    expect(h.firstReached(0.5)).toBeCloseTo(499.5);
  });
});
