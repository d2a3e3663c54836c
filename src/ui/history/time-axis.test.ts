import { describe, expect, it } from 'vitest';
import { timeAxis } from './time-axis';

/** Local time, seconds since 1970. */
const at = (y: number, m: number, d: number, h = 7) => new Date(y, m - 1, d, h).getTime() / 1000;
const day = (y: number, m: number, d: number) => at(y, m, d, 0);
const DAY = 86_400;

describe('timeAxis', () => {
  it('has nothing to show without workouts', () => {
    expect(timeAxis([])).toBeNull();
  });

  it('puts one workout in the middle of a week with a tick per day, not a span of years', () => {
    const axis = timeAxis([at(2026, 11, 26)])!;
    expect(axis.unit).toBe('day');
    expect(axis.min).toBe(day(2026, 11, 23));
    expect(axis.max).toBe(day(2026, 11, 30));
    expect(axis.ticks).toHaveLength(8);
    expect(axis.labels[0]).toBe('23 Nov');
    expect(axis.labels).toContain('26 Nov');
    expect(axis.max - axis.min).toBeLessThan(8 * DAY);
  });

  it('labels every other day for a week of workouts, with a day either side', () => {
    const axis = timeAxis([at(2026, 11, 20), at(2026, 11, 22), at(2026, 11, 26)])!;
    expect(axis.unit).toBe('day');
    expect(axis.min).toBe(day(2026, 11, 19));
    expect(axis.max).toBe(day(2026, 11, 28));
    expect(axis.labels).toEqual(['19 Nov', '20 Nov', '21 Nov', '22 Nov', '23 Nov', '24 Nov', '25 Nov', '26 Nov', '27 Nov', '28 Nov'].filter((_, i) => i % 2 === 0));
  });

  it('switches to weeks starting on Mondays when the workouts span many weeks', () => {
    // Ten weeks, from Wednesday 16 September to Thursday 26 November 2026.
    const times = Array.from({ length: 30 }, (_, i) => at(2026, 9, 16 + Math.round(i * 2.4)));
    const axis = timeAxis([...times, at(2026, 11, 26)])!;
    expect(axis.unit).toBe('week');
    expect(axis.min).toBe(day(2026, 9, 14));
    expect(axis.max).toBe(day(2026, 11, 30));
    for (const t of axis.ticks) expect(new Date(t * 1000).getDay()).toBe(1);
    expect(axis.ticks.length).toBeLessThanOrEqual(9);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(5);
    expect(axis.labels[0]).toBe('14 Sept');
  });

  it('keeps every workout inside the axis, whatever the order', () => {
    const times = [at(2026, 11, 26, 23), at(2026, 10, 1, 0), at(2026, 11, 2)];
    const axis = timeAxis(times)!;
    for (const t of times) {
      expect(t).toBeGreaterThanOrEqual(axis.min);
      expect(t).toBeLessThanOrEqual(axis.max);
    }
  });
});
