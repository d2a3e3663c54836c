import { describe, expect, it } from 'vitest';
import { CycleRep } from './cycle-rep';

const cycle = (start: number, turn: number) => ({ start, turn, kind: 'peak' as const, amplitude: 1, direction: 0 as const });

describe('CycleRep', () => {
  it('sums up each cycle from the frames since the last one', () => {
    const rep = new CycleRep();
    [
      [0, 0.1, -0.5],
      [0.5, 0.9, 0.4],
      [1, 0.6, 1.2],
    ].forEach(([t, signal, metric]) => rep.update(t, signal, metric));
    const first = rep.close(cycle(0, 1));
    expect(first).toMatchObject({ start: 0, end: 1, peak: 0.9, peakMetric: 0.4, minMetric: -0.5, maxMetric: 1.2, topStart: 0.5 });
    rep.update(1.5, 0.3, 0.2);
    const second = rep.close(cycle(1, 2));
    expect(second).toMatchObject({ peak: 0.3, minMetric: 0.2, maxMetric: 0.2 });
  });
});
