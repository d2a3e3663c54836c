import { describe, expect, it } from 'vitest';
import { HoldAnnouncer, startsNewHold } from './hold-announcer';

const progress = (seconds: number, holding = true, target = 5) => ({ seconds, holding, target });

/** Feeds hold-progress events (each against the previous one's seconds) and collects the words. */
function run(a: HoldAnnouncer, seconds: number[], target = 5, shownBefore: number | null = null): string[] {
  const words: string[] = [];
  let shown = shownBefore;
  for (const s of seconds) {
    words.push(...a.progress(progress(s, true, target), shown));
    shown = s;
  }
  return words;
}

describe('HoldAnnouncer', () => {
  it('says Hold, then 3, 2, 1 in the last seconds, then Done, each once', () => {
    const a = new HoldAnnouncer();
    expect(run(a, [0.2, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5])).toEqual(['Hold', '3', '2', '1', 'Done']);
    expect(a.complete({ reached: true })).toEqual([]);
  });

  it('says nothing while the pose is not held', () => {
    expect(new HoldAnnouncer().progress(progress(0, false), null)).toEqual([]);
  });

  it('says Done at completion when the last progress event came before the target', () => {
    const a = new HoldAnnouncer();
    run(a, [1, 4.5]);
    expect(a.complete({ reached: true })).toEqual(['Done']);
  });

  it('does not say Rest (or Done) when a hold is let go short', () => {
    const a = new HoldAnnouncer();
    run(a, [1, 2]);
    expect(a.complete({ reached: false })).toEqual([]);
  });

  it('stays quiet after a hold until the pose is left, then announces the next hold afresh', () => {
    const a = new HoldAnnouncer();
    run(a, [1, 5]);
    a.complete({ reached: true });
    // Still in the pose after the hold: nothing new.
    expect(a.progress(progress(5.2), 5)).toEqual([]);
    // Left the pose, then a new hold starts.
    expect(a.progress(progress(0, false), 5.2)).toEqual([]);
    expect(run(a, [0.5, 2.5], 5, 0)).toEqual(['Hold', '3']);
  });

  it('takes a hold time that restarts from near zero as a new hold', () => {
    const a = new HoldAnnouncer();
    run(a, [1, 5]);
    a.complete({ reached: true });
    expect(a.progress(progress(0.3), 5)).toEqual(['Hold']);
    expect(startsNewHold(progress(0.3), 5)).toBe(true);
    expect(startsNewHold(progress(4.8), 5)).toBe(false);
    expect(startsNewHold(progress(0.3, false), 5)).toBe(false);
  });
});
