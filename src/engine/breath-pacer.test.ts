import { describe, expect, it } from 'vitest';
import { breathSchedule, DEEP_BREATHS, pacerAt } from './breath-pacer';
import { breathsFollowed } from './breaths-followed';
import { CycleCounter, DEFAULT_CYCLE_COUNTER } from './cycle-counter';
import { seededRandom } from '../synth/random';

describe('breath pacer', () => {
  const schedule = breathSchedule(DEEP_BREATHS, 2);

  it('leads five breaths, in then out, back to back with a pause between', () => {
    expect(schedule.map((s) => `${s.breath}${s.phase}`).join(' ')).toBe('1in 1out 2in 2out 3in 3out 4in 4out 5in 5out');
    expect(schedule[0]).toEqual({ breath: 1, phase: 'in', start: 2, end: 6 });
    expect(schedule[1]).toEqual({ breath: 1, phase: 'out', start: 6, end: 11 });
    expect(schedule[2].start).toBe(12);
    expect(schedule[9].end).toBe(2 + 5 * 10 - 1);
  });

  it('says where a moment falls: which breath, in or out, how far through, and when it is done', () => {
    expect(pacerAt(schedule, 4)).toEqual({ step: schedule[0], progress: 0.5, done: false });
    expect(pacerAt(schedule, 7).step?.phase).toBe('out');
    expect(pacerAt(schedule, 11.5)).toEqual({ step: null, progress: 0, done: false });
    expect(pacerAt(schedule, 51)).toMatchObject({ step: null, done: true });
    expect(pacerAt([], 0).done).toBe(true);
  });
});

describe('breaths followed', () => {
  const schedule = breathSchedule(DEEP_BREATHS, 0);

  /** Shoulder rise (torso lengths) of a person breathing with the pacer, except the breaths skipped. */
  function shoulderPeaks(skip: number[], fps: number, noise: number): number[] {
    const counter = new CycleCounter({ ...DEFAULT_CYCLE_COUNTER, minAmplitude: 0.05, maxSwingSeconds: 8 });
    const random = seededRandom(5);
    const peaks: number[] = [];
    for (let t = 0; t < 52; t += 1 / fps) {
      const inhale = schedule.find((s) => s.phase === 'in' && t >= s.start && t < s.end + 5);
      let rise = 0;
      if (inhale && !skip.includes(inhale.breath)) {
        const k = (t - inhale.start) / 4;
        rise = 0.08 * (k <= 1 ? Math.sin((k * Math.PI) / 2) : Math.cos(((k - 1) * 4 * Math.PI) / 10));
      }
      const c = counter.update(t, Math.max(0, rise) + random.gaussian(noise));
      if (c) peaks.push(c.turn);
    }
    return peaks;
  }

  it.each([5, 15, 30, 60])('ticks each breath the shoulders show, and not the ones skipped, at %i fps', (fps) => {
    expect(breathsFollowed(schedule, shoulderPeaks([], fps, 0.004))).toEqual([true, true, true, true, true]);
    expect(breathsFollowed(schedule, shoulderPeaks([2, 5], fps, 0.004))).toEqual([true, false, true, true, false]);
  });

  it('claims nothing when the shoulders do not move', () => {
    expect(breathsFollowed(schedule, shoulderPeaks([1, 2, 3, 4, 5], 30, 0.006))).toEqual([false, false, false, false, false]);
  });

  it('does not tick a rise that comes long after the in breath', () => {
    expect(breathsFollowed(schedule, [9.5])).toEqual([false, false, false, false, false]);
    expect(breathsFollowed(schedule, [6])).toEqual([true, false, false, false, false]);
  });
});
