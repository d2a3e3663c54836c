import { describe, expect, it } from 'vitest';
import { PhaseMachine } from './phase-machine';
import { RepCounter, type RepSummary } from './rep-counter';

/** Runs a signal (with metric = 100 x signal) through the machine and counter. */
function count(samples: [number, number][]) {
  const machine = new PhaseMachine({ enter: 0.6, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 });
  const counter = new RepCounter(0.3, 0.03);
  const reps: RepSummary[] = [];
  for (const [t, s] of samples) {
    const rep = counter.update(t, s, 100 * s, machine.update(t, s));
    if (rep) reps.push(rep);
  }
  return { reps, counter };
}

/** A trapezoid rep: rise over 1 s, hold `hold` s at `top`, lower over `lower` s, at `fps`. */
function trapezoid(fps: number, hold: number, lower = 1, top = 1): [number, number][] {
  const out: [number, number][] = [];
  const rise = 1;
  const total = 1 + rise + hold + lower + 1;
  for (let t = 0; t <= total + 1e-9; t += 1 / fps) {
    const u = t - 1;
    const s =
      u < 0 ? 0 : u < rise ? (top * u) / rise : u < rise + hold ? top : u < rise + hold + lower ? top * (1 - (u - rise - hold) / lower) : 0;
    out.push([t, s]);
  }
  return out;
}

describe('RepCounter', () => {
  it.each([5, 15, 30, 60])('counts one rep and times its top at %i fps', (fps) => {
    const { reps } = count(trapezoid(fps, 2));
    expect(reps).toHaveLength(1);
    expect(reps[0].topStart).toBeCloseTo(1.97, 1);
    expect(reps[0].topEnd).toBeCloseTo(4.03, 1);
    expect(reps[0].peak).toBe(1);
    expect(reps[0].peakMetric).toBe(100);
  });

  it('measures the lowering', () => {
    const slow = count(trapezoid(30, 1, 2)).reps[0];
    const fast = count(trapezoid(30, 1, 0.2)).reps[0];
    expect(slow.lowerSeconds).toBeGreaterThan(1.2);
    expect(fast.lowerSeconds).toBeLessThan(0.3);
  });

  it('times the top of a rep that falls short against its own peak', () => {
    const { reps } = count(trapezoid(30, 2, 1, 0.7));
    expect(reps).toHaveLength(1);
    expect(reps[0].topEnd - reps[0].topStart).toBeCloseTo(2.09, 1);
  });

  it('closes a rep cut off by the end of the source', () => {
    const { counter } = count(trapezoid(30, 5).filter(([t]) => t < 4));
    expect(counter.open()).not.toBeNull();
    const rep = counter.close(4);
    expect(rep?.lowerSeconds).toBeNull();
    expect(counter.count).toBe(1);
  });

  it('has settled the rise once the signal is near its peak, even while it creeps up in small steps', () => {
    // Up to 0.9 in 0.5 s, then a creep of 0.031 every 0.2 s to 0.993: the person is at their top, and
    // each small step must not restart the settling.
    const creep: [number, number][] = [];
    for (let t = 0; t <= 3 + 1e-9; t += 1 / 15) {
      const s = t < 1 ? 0 : t < 1.5 ? (0.9 * (t - 1)) / 0.5 : 0.9 + 0.031 * Math.min(3, Math.floor((t - 1.5) / 0.2) + 1);
      creep.push([t, s]);
    }
    const { counter } = count(creep);
    expect(counter.open()!.peak).toBeCloseTo(0.993);
    expect(counter.open()!.risingUntil).toBeLessThan(1.6);
  });

  it('is still rising while the signal climbs steadily, even past a spike of noise early in the rise', () => {
    const steady = trapezoid(15, 2).filter(([t]) => t <= 1.8);
    expect(1.8 - count(steady).counter.open()!.risingUntil).toBeLessThan(0.1);
    const spiked = steady.map(([t, s]): [number, number] => [t, Math.abs(t - 1.4) < 0.01 ? 0.76 : s]);
    expect(1.8 - count(spiked).counter.open()!.risingUntil).toBeLessThan(0.1);
  });
});
