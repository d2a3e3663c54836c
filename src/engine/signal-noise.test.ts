import { describe, expect, it } from 'vitest';
import { SignalNoise } from './signal-noise';

/** Deterministic Gaussian samples (Box-Muller over a linear congruential generator). */
function gaussian(seed: number): () => number {
  let s = seed;
  const uniform = () => ((s = (s * 1664525 + 1013904223) % 4294967296) + 1) / 4294967297;
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

describe('SignalNoise', () => {
  it('reads no noise in a steady rise, a hold and a steady lowering', () => {
    const n = new SignalNoise();
    for (let i = 0; i <= 30; i++) n.push(i / 30);
    for (let i = 0; i < 60; i++) n.push(1);
    for (let i = 30; i >= 0; i--) n.push(i / 30);
    expect(n.sigma).toBeLessThan(0.01);
  });

  it('measures the standard deviation of keypoint noise on a hold, past its first allocation', () => {
    const n = new SignalNoise();
    const g = gaussian(3);
    for (let i = 0; i < 2000; i++) n.push(1 + 0.1 * g());
    expect(n.sigma).toBeGreaterThan(0.085);
    expect(n.sigma).toBeLessThan(0.115);
  });

  it('is not moved by a lone spike', () => {
    const n = new SignalNoise();
    for (let i = 0; i < 50; i++) n.push(i === 25 ? 5 : 1);
    expect(n.sigma).toBe(0);
  });

  it('forgets the last rep on restart', () => {
    const n = new SignalNoise();
    const g = gaussian(5);
    for (let i = 0; i < 100; i++) n.push(g());
    n.restart();
    for (let i = 0; i < 10; i++) n.push(0.5);
    expect(n.sigma).toBe(0);
  });
});
