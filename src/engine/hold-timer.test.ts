import { describe, expect, it } from 'vitest';
import { HoldTimer } from './hold-timer';

const config = { targetSeconds: 3, graceSeconds: 2.5, progressEvery: 0.5 };

describe('HoldTimer', () => {
  it('reports progress every half second and when the target is reached', () => {
    const timer = new HoldTimer(config);
    const events = [timer.begin(1, 1)];
    for (let t = 1.1; t <= 4.3; t += 0.1) {
      const e = timer.hold(t);
      if (e) events.push(e);
    }
    expect(events[0].seconds).toBe(0);
    expect(events.length).toBeGreaterThanOrEqual(7);
    expect(events.some((e) => Math.abs(e.seconds - 3) < 0.11)).toBe(true);
    const done = timer.end(4.2);
    expect(done).toMatchObject({ type: 'hold-complete', start: 1, end: 4.2, target: 3, reached: true });
    expect(done?.seconds).toBeCloseTo(3.2);
    expect(timer.active).toBe(false);
  });

  it('survives a drop-out shorter than the grace period, not a longer one', () => {
    const timer = new HoldTimer(config);
    timer.begin(0, 0);
    timer.hold(1);
    expect(timer.lapsed(3)).toBe(false);
    expect(timer.lapsed(3.6)).toBe(true);
    expect(timer.interrupted(1.5)).toMatchObject({ type: 'hold-progress', seconds: 1, holding: false });
  });

  it('marks a short hold as not reached', () => {
    const timer = new HoldTimer(config);
    timer.begin(0, 0);
    expect(timer.end(1.5)?.reached).toBe(false);
  });

  it('moves its start when the top is known better', () => {
    const timer = new HoldTimer(config);
    timer.begin(1, 1.2);
    timer.retime(1.4);
    expect(timer.seconds(2.4)).toBeCloseTo(1);
  });
});
