import { describe, expect, it } from 'vitest';
import { CycleCounter, DEFAULT_CYCLE_COUNTER, type Cycle, type CycleCounterConfig } from './cycle-counter';
import { seededRandom } from '../synth/random';

/**
 * A wrist going round a shoulder, as (across, value) = (forward, up) in torso lengths: hanging at
 * the bottom, `turns` circles (negative: the other way round), hanging again. Rising in front of
 * the body (across > 0) is counter-clockwise, direction +1.
 */
interface Motion {
  turns: number[];
  period?: number;
  radius?: number;
  rest?: number;
}

function wristAt(t: number, m: Motion): [number, number] {
  const period = m.period ?? 2;
  const rest = m.rest ?? 1;
  let start = rest;
  let angle = 0;
  for (const turns of m.turns) {
    const seconds = Math.abs(turns) * period;
    const k = Math.min(1, Math.max(0, (t - start) / seconds));
    angle += Math.sign(turns) * 2 * Math.PI * Math.abs(turns) * k;
    start += seconds;
  }
  const r = m.radius ?? 1;
  return [r * Math.sin(angle), -r * Math.cos(angle)];
}

const duration = (m: Motion): number => (m.rest ?? 1) * 2 + m.turns.reduce((s, n) => s + Math.abs(n) * (m.period ?? 2), 0);

interface Sampling {
  fps: number;
  uneven?: boolean;
  noise?: number;
  gaps?: { start: number; duration: number }[];
  seed?: number;
}

function run(m: Motion, s: Sampling, config: Partial<CycleCounterConfig> = {}): Cycle[] {
  const counter = new CycleCounter({ ...DEFAULT_CYCLE_COUNTER, minAmplitude: 0.4, ...config });
  const random = seededRandom(s.seed ?? 3);
  const cycles: Cycle[] = [];
  const end = duration(m);
  for (let t = 0; t <= end; t += (s.uneven ? 0.5 + 1.5 * random.next() : 1) / s.fps) {
    if ((s.gaps ?? []).some((g) => t >= g.start && t < g.start + g.duration)) {
      counter.gap(t);
      continue;
    }
    const [x, y] = wristAt(t, m);
    const n = s.noise ?? 0;
    const cycle = counter.update(t, y + random.gaussian(n), x + random.gaussian(n));
    if (cycle) cycles.push(cycle);
  }
  return cycles;
}

describe('CycleCounter', () => {
  it.each([5, 15, 30, 60])('counts 5 circles exactly at %i fps, evenly and unevenly spaced', (fps) => {
    expect(run({ turns: [5] }, { fps })).toHaveLength(5);
    expect(run({ turns: [5] }, { fps, uneven: true })).toHaveLength(5);
  });

  it.each([
    ['half speed', 4],
    ['double speed', 1],
  ])('counts 5 circles at %s (period %f s) from 5 to 60 fps', (_, period) => {
    for (const fps of [5, 15, 30, 60]) expect(run({ turns: [5], period: period as number }, { fps })).toHaveLength(5);
  });

  it('counts through detector noise and bridges short drop-outs', () => {
    const noisy = { fps: 30, noise: 0.04, uneven: true };
    expect(run({ turns: [5] }, noisy)).toHaveLength(5);
    expect(run({ turns: [5] }, { fps: 15, gaps: [{ start: 3.3, duration: 0.4 }, { start: 6.1, duration: 0.6 }] })).toHaveLength(5);
  });

  it('drops the swing in progress across a long drop-out rather than inventing one', () => {
    // 2 s without the wrist span the whole top of the second circle (at 4 s).
    const cycles = run({ turns: [5] }, { fps: 15, gaps: [{ start: 3.5, duration: 2 }] });
    expect(cycles.length).toBe(4);
  });

  it('notes the direction: forward, backward, and a change of direction mid-set', () => {
    expect(run({ turns: [5] }, { fps: 15 }).map((c) => c.direction)).toEqual([1, 1, 1, 1, 1]);
    expect(run({ turns: [-5] }, { fps: 15 }).map((c) => c.direction)).toEqual([-1, -1, -1, -1, -1]);
    const changed = run({ turns: [-3, 3] }, { fps: 10, uneven: true, noise: 0.03 }).map((c) => c.direction);
    expect(changed).toEqual([-1, -1, -1, 1, 1, 1]);
  });

  it('gives no direction to a swing straight up and down (a wobble across is not a loop), and still counts it', () => {
    const counter = new CycleCounter({ ...DEFAULT_CYCLE_COUNTER, minAmplitude: 0.4 });
    const cycles: Cycle[] = [];
    for (let t = 0; t < 10.5; t += 1 / 30) {
      const c = counter.update(t, -Math.cos((2 * Math.PI * t) / 2), 0.02 * Math.sin(t * 7));
      if (c) cycles.push(c);
    }
    expect(cycles.map((c) => c.direction)).toEqual([0, 0, 0, 0, 0]);
  });

  it('counts nothing from noise, from standing still, or from circles smaller than the minimum', () => {
    expect(run({ turns: [], rest: 15 }, { fps: 60, noise: 0.05 })).toHaveLength(0);
    expect(run({ turns: [5], radius: 0.15 }, { fps: 30, noise: 0.02 })).toHaveLength(0);
  });

  it('times a swing from leaving the rest, however long the rest before it', () => {
    expect(run({ turns: [5], rest: 12 }, { fps: 15, noise: 0.02 })).toHaveLength(5);
  });

  it('takes no slow drift for a rep', () => {
    const counter = new CycleCounter({ ...DEFAULT_CYCLE_COUNTER, minAmplitude: 0.4 });
    let n = 0;
    // Bending down slowly and coming up again over 16 s: a big swing, but far slower than any rep.
    for (let t = 0; t < 16; t += 1 / 15) if (counter.update(t, (1 - Math.cos((2 * Math.PI * t) / 16)) / 2)) n++;
    expect(n).toBe(0);
  });

  it('counts every turn for steps in place: left knee up, right knee up', () => {
    // Left minus right knee height: +1 with the left knee up, -1 with the right; 10 steps.
    for (const fps of [5, 15, 30, 60]) {
      const counter = new CycleCounter({ ...DEFAULT_CYCLE_COUNTER, minAmplitude: 0.3, countAt: 'every-turn' });
      const kinds: string[] = [];
      for (let t = 0; t <= 7; t += 1 / fps) {
        const stepping = t >= 1 && t <= 6;
        const c = counter.update(t, stepping ? Math.sin(Math.PI * 2 * (t - 1)) : 0);
        if (c) kinds.push(c.kind);
      }
      expect(kinds).toEqual(['peak', 'trough', 'peak', 'trough', 'peak', 'trough', 'peak', 'trough', 'peak', 'trough']);
    }
  });

  it('counts the first half swing of a movement that starts from the middle, only when told it does', () => {
    // Swaying to the left (+) and right (-) from standing centred, three times; a rep at each left.
    const sway = (centred: boolean) => {
      const counter = new CycleCounter({ ...DEFAULT_CYCLE_COUNTER, minAmplitude: 0.3, centred });
      for (let t = 0; t <= 5; t += 1 / 30) counter.update(t, t >= 1 && t <= 4 ? 0.2 * Math.sin(Math.PI * 2 * (t - 1)) : 0);
      return counter.count;
    };
    expect(sway(true)).toBe(3);
    expect(sway(false)).toBe(2);
  });

  it('counts steps that start with the other foot', () => {
    const counter = new CycleCounter({ ...DEFAULT_CYCLE_COUNTER, minAmplitude: 0.3, countAt: 'every-turn' });
    for (let t = 0; t <= 7; t += 1 / 30) counter.update(t, t >= 1 && t <= 6 ? -Math.sin(Math.PI * 2 * (t - 1)) : 0);
    expect(counter.count).toBe(10);
  });
});
