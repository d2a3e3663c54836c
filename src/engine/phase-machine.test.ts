import { describe, expect, it } from 'vitest';
import { PhaseMachine, crossingTime } from './phase-machine';

const config = { enter: 0.7, exit: 0.3, enterSeconds: 0.1, exitSeconds: 0.1 };

function run(samples: [number, number][], machine = new PhaseMachine(config)) {
  return samples.map(([t, s]) => machine.update(t, s)).filter((x) => x !== null);
}

describe('PhaseMachine', () => {
  it('waits for the start pose before counting anything', () => {
    const m = new PhaseMachine(config);
    expect(run([[0, 1], [0.2, 1], [0.4, 1]], m)).toEqual([]);
    expect(m.phase).toBe('waiting');
    run([[0.6, 0]], m);
    expect(m.phase).toBe('down');
  });

  it('enters and leaves up with interpolated crossing times', () => {
    const tr = run([[0, 0], [0.2, 0.5], [0.4, 0.9], [0.6, 1], [1, 0.5], [1.2, 0.1], [1.4, 0]]);
    expect(tr.map((x) => x.to)).toEqual(['up', 'down']);
    expect(tr[0].t).toBeCloseTo(0.3);
    expect(tr[1].t).toBeCloseTo(1.1);
  });

  it('ignores a blip shorter than the dwell time', () => {
    const tr = run([[0, 0], [0.1, 0], [0.133, 0.9], [0.166, 0.2], [0.2, 0]]);
    expect(tr).toEqual([]);
  });

  it('stays in between the thresholds (hysteresis)', () => {
    const tr = run([[0, 0], [0.2, 0.9], [0.4, 0.9], [0.6, 0.5], [0.8, 0.6], [1, 0.5]]);
    expect(tr.map((x) => x.to)).toEqual(['up']);
  });

  it('does not move while paused', () => {
    const m = new PhaseMachine(config);
    run([[0, 0], [0.2, 1], [0.4, 1]], m);
    m.pause();
    expect(m.phase).toBe('up');
  });
});

describe('crossingTime', () => {
  it('interpolates and clamps', () => {
    expect(crossingTime(0, 0, 1, 1, 0.25)).toBeCloseTo(0.25);
    expect(crossingTime(0, null, 1, 1, 0.25)).toBe(1);
  });
});
