import { describe, expect, it } from 'vitest';
import { OneEuroFilter } from './one-euro-filter';
import { LowPassFilter, lowPassAlpha } from './low-pass-filter';

describe('LowPassFilter', () => {
  it('passes the first sample through and then blends by alpha', () => {
    const f = new LowPassFilter();
    expect(f.apply(10, 0.5)).toBe(10);
    expect(f.apply(0, 0.5)).toBe(5);
  });
  it('has an alpha that grows with the time step', () => {
    expect(lowPassAlpha(1, 0.2)).toBeGreaterThan(lowPassAlpha(1, 0.02));
  });
});

describe('OneEuroFilter', () => {
  const jitter = (i: number) => (i % 2 === 0 ? 0.01 : -0.01);

  it('damps jitter on a still point', () => {
    const f = new OneEuroFilter();
    let maxDev = 0;
    for (let i = 0; i < 120; i++) {
      const y = f.apply(0.5 + jitter(i), i / 30);
      if (i > 30) maxDev = Math.max(maxDev, Math.abs(y - 0.5));
    }
    expect(maxDev).toBeLessThan(0.005);
  });

  it('follows a fast move with little lag', () => {
    const f = new OneEuroFilter();
    let y = 0;
    for (let i = 0; i <= 30; i++) y = f.apply(i / 30, i / 30); // 1 unit/s ramp
    expect(Math.abs(y - 1)).toBeLessThan(0.05);
  });

  it('gives about the same result at 5 fps and 60 fps (time-driven)', () => {
    const run = (fps: number) => {
      const f = new OneEuroFilter();
      let y = 0;
      for (let i = 0; i <= fps; i++) y = f.apply(i < fps / 2 ? 0 : 1, i / fps);
      return y;
    };
    expect(Math.abs(run(5) - run(60))).toBeLessThan(0.1);
  });

  it('ignores a repeated timestamp', () => {
    const f = new OneEuroFilter();
    f.apply(0, 0);
    const a = f.apply(1, 0.1);
    expect(f.apply(5, 0.1)).toBe(a);
  });
});
