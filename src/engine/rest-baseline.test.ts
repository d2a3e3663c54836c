import { describe, expect, it } from 'vitest';
import { RestBaseline } from './rest-baseline';

describe('RestBaseline', () => {
  it('learns a raised rest and rescales the signal above it', () => {
    const b = new RestBaseline();
    let out = 1;
    for (let t = 0; t <= 10; t += 0.1) out = b.apply(t, 0.25, true);
    expect(b.level).toBeCloseTo(0.25);
    expect(out).toBeCloseTo(0);
    expect(b.apply(10.1, 1, false)).toBeCloseTo(1);
    expect(b.apply(10.2, 0.625, false)).toBeCloseTo(0.5);
  });

  it('follows the signal down at once but up only slowly', () => {
    const b = new RestBaseline();
    b.apply(0, 0.2, true);
    b.apply(0.1, 0, true);
    expect(b.level).toBe(0);
    b.apply(1.1, 0.2, true);
    expect(b.level).toBeCloseTo(0.05);
  });

  it('never takes a lift for the rest', () => {
    const b = new RestBaseline();
    for (let t = 0; t <= 30; t += 0.1) b.apply(t, 0.9, true);
    expect(b.level).toBeCloseTo(0.3);
  });
});
