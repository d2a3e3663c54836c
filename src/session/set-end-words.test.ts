import { describe, expect, it } from 'vitest';
import { setEndWords, type SetEndFacts } from './set-end-words';

const facts = (f: Partial<SetEndFacts>): SetEndFacts => ({ ended: 'target', kind: 'reps', counted: 5, short: 0, target: 5, set: 1, sets: 1, recording: false, ...f });

describe('setEndWords', () => {
  it('praises a set that reached its target', () => {
    const w = setEndWords(facts({}));
    expect(w).toMatchObject({ heading: 'Set complete', cue: 'Well done', spoken: 'Well done', praise: true, detail: '5 reps' });
  });
  it('sends a set with more to come to its rest', () => {
    expect(setEndWords(facts({ set: 1, sets: 2 }))).toMatchObject({ spoken: 'Set 1 done. Rest', rest: true });
  });
  it('gives no praise when nothing was counted', () => {
    for (const ended of ['source', 'stopped'] as const) {
      const w = setEndWords(facts({ ended, counted: 0, recording: true }));
      expect(w.praise).toBe(false);
      expect(`${w.cue} ${w.spoken} ${w.detail}`).not.toMatch(/well done|good/i);
      expect(w.detail).toMatch(/No reps counted/);
    }
  });
  it('says a set was stopped early and how far it got', () => {
    const w = setEndWords(facts({ ended: 'stopped', counted: 3 }));
    expect(w).toMatchObject({ heading: 'Stopped early', detail: '3 of 5 reps.', praise: false });
  });
  it('does not call a stop in the set-up check a completed set', () => {
    const w = setEndWords(facts({ ended: null, kind: 'hold', counted: 0 }));
    expect(w.heading).toBe('Stopped');
    expect(`${w.heading} ${w.detail}`).not.toMatch(/complete|0 holds/i);
  });
  it('counts holds made apart from attempts that fell short', () => {
    const w = setEndWords(facts({ ended: 'source', kind: 'hold', counted: 1, short: 9, recording: true }));
    expect(w).toMatchObject({ heading: 'Recording ended', detail: '1 hold made, 9 too short.', cue: '1 of 5 holds made, 9 too short', praise: false });
  });
  it('says how many holds fell short when none was made', () => {
    expect(setEndWords(facts({ ended: 'source', kind: 'hold', counted: 0, short: 10, recording: true }))).toMatchObject({
      detail: '0 holds made, 10 too short.', cue: 'No holds counted', praise: false,
    });
  });
  it('praises a recording only when it reached the target', () => {
    expect(setEndWords(facts({ ended: 'source', counted: 5, recording: true })).praise).toBe(true);
    expect(setEndWords(facts({ ended: 'source', counted: 4, recording: true })).praise).toBe(false);
  });
});
