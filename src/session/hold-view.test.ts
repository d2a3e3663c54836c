import { describe, expect, it } from 'vitest';
import type { HoldProgressEvent } from '../engine/events';
import { holdAfterComplete, holdAfterProgress } from './hold-view';

const progress = (seconds: number, holding = true): HoldProgressEvent => ({ type: 'hold-progress', t: 0, seconds, target: 10, holding });

describe('hold view', () => {
  it('follows the hold while it runs', () => {
    expect(holdAfterProgress(null, progress(2))).toEqual({ seconds: 2, target: 10, holding: true, done: false, short: false });
  });

  it('keeps a finished hold on screen until a new one starts', () => {
    const made = holdAfterComplete({ type: 'hold-complete', t: 11, start: 1, end: 11, seconds: 10, target: 10, reached: true });
    expect(made).toMatchObject({ done: true, short: false, holding: false });
    expect(holdAfterProgress(made, progress(10, false))).toBe(made);
    expect(holdAfterProgress(made, progress(0.5))).toMatchObject({ seconds: 0.5, done: false });
  });

  it('marks a hold let go early as short', () => {
    expect(holdAfterComplete({ type: 'hold-complete', t: 5, start: 1, end: 5, seconds: 4, target: 10, reached: false })).toMatchObject({ done: false, short: true });
  });
});
