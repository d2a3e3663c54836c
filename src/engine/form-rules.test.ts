import { describe, expect, it } from 'vitest';
import { FormRuleEvaluator } from './form-rules';
import { PoseFeatures } from './pose-features';
import type { FormRule, FrameRule } from './exercise-spec';

let bent = false;
const kneeBent: FrameRule = { id: 'knee-bent', when: 'top', ok: () => !bent, cue: 'Straighten', severity: 'warn', landmarks: ['knee'], cooldown: 2 };
const rules: FormRule[] = [
  kneeBent,
  {
    id: 'too-short',
    when: 'rep-end',
    ok: ({ holdSeconds }) => (holdSeconds ?? 0) >= 3,
    cue: 'Longer',
    severity: 'info',
    landmarks: [],
  },
];
const f = new PoseFeatures();

describe('FormRuleEvaluator', () => {
  it('reports a rule once it has been broken for its minimum time, then waits out the cooldown', () => {
    const e = new FormRuleEvaluator(rules);
    bent = true;
    const fired: number[] = [];
    for (let t = 0; t <= 5; t += 0.1) if (e.check(t, 'up', true, f).length) fired.push(Math.round(t * 10) / 10);
    // Each frame stands for the 0.1 s up to it: broken at 0, 0.1 and 0.2 is 0.3 s broken.
    expect(fired).toEqual([0.2, 2.2, 4.2]);
    expect(e.active[0]).toBe(true);
  });

  it('counts the time each frame stands for, so a 5 fps track reports after the same time', () => {
    const e = new FormRuleEvaluator(rules);
    bent = true;
    expect(e.check(0, 'up', true, f)).toEqual([]);
    expect(e.check(0.2, 'up', true, f).length).toBe(1);
  });

  it('collects the rules broken now into the rep in progress, each once, and none while they are kept', () => {
    const e = new FormRuleEvaluator(rules);
    const faults: FormRule[] = [];
    bent = false;
    e.check(0, 'up', true, f);
    e.collectActive(faults);
    expect(faults).toEqual([]);
    bent = true;
    for (const t of [0.1, 0.2, 0.3, 0.4]) {
      e.check(t, 'up', true, f);
      e.collectActive(faults);
    }
    expect(faults.map((r) => r.id)).toEqual(['knee-bent']);
  });

  it('keeps a fault timed through a glimpse of good form shorter than FLICKER_SECONDS, not through a longer one', () => {
    const firstCue = (okFrames: number[]) => {
      const e = new FormRuleEvaluator([{ ...kneeBent, minSeconds: 0.4 }]);
      for (let i = 0; i <= 20; i++) {
        bent = !okFrames.includes(i);
        if (e.check(i / 30, 'up', true, f).length) return i;
      }
      return null;
    };
    // 30 fps, broken from frame 0: the cue comes after 0.4 s, one detector glitch (frame 6) or not.
    expect(firstCue([])).toBe(12);
    expect(firstCue([6])).toBe(12);
    // Good form held for over 0.2 s (frames 6-12) is a correction: the time starts again at frame 13.
    expect(firstCue([6, 7, 8, 9, 10, 11, 12])).toBeNull();
  });

  it('only checks a rule in its phase', () => {
    const e = new FormRuleEvaluator(rules);
    bent = true;
    for (let t = 0; t <= 1; t += 0.1) expect(e.check(t, 'up', false, f)).toEqual([]);
    expect(e.active[0]).toBe(false);
  });

  it('says a cue again on the next lift once the person was back at rest, even within the cooldown', () => {
    const e = new FormRuleEvaluator(rules);
    bent = true;
    const fired: number[] = [];
    const lift = (from: number) => {
      for (let t = from; t < from + 0.5; t += 0.1) if (e.check(t, 'up', true, f).length) fired.push(Math.round(t * 10) / 10);
    };
    lift(0);
    lift(0.6); // still within the 2 s cooldown, no rest between: silent
    e.rearm();
    lift(1.2);
    expect(fired).toEqual([0.2, 1.2]);
  });

  it('forgets a broken rule across a pause', () => {
    const e = new FormRuleEvaluator(rules);
    bent = true;
    e.check(0, 'up', true, f);
    e.check(0.2, 'up', true, f);
    e.pause();
    expect(e.check(0.3, 'up', true, f)).toEqual([]);
  });

  it('checks rep-end rules on the finished rep', () => {
    const e = new FormRuleEvaluator(rules);
    const rep = { start: 0, end: 3, topStart: 1, topEnd: 2, peak: 1, peakMetric: 0, maxMetric: 0, minMetric: 0, lowerSeconds: 1, risingUntil: 0 };
    expect(e.checkRep({ rep, holdSeconds: 1, holdTarget: 3, finished: true }).map((r) => r.id)).toEqual(['too-short']);
    expect(e.checkRep({ rep, holdSeconds: 3, holdTarget: 3, finished: true })).toEqual([]);
  });
});
