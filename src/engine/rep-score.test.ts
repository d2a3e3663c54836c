import { describe, expect, it } from 'vitest';
import { repScore, scoreReasons, type ScoreInput } from './rep-score';

const rep = (range: number, severities: ScoreInput['faults'][number]['severity'][] = [], hold: ScoreInput['hold'] = null): ScoreInput => ({
  range,
  hold,
  faults: severities.map((severity, i) => ({ rule: `rule-${i}`, severity })),
});

describe('repScore', () => {
  it('is 100 for a full-range rep with no fault', () => {
    expect(repScore(rep(1))).toBe(100);
  });
  it('scales with range and caps at full range', () => {
    expect(repScore(rep(0.5))).toBe(50);
    expect(repScore(rep(1.3))).toBe(100);
  });
  it('docks more for worse faults', () => {
    expect(repScore(rep(1, ['warn']))).toBe(85);
    expect(repScore(rep(1, ['error']))).toBeLessThan(repScore(rep(1, ['info'])));
    expect(repScore(rep(1, ['warn', 'error']))).toBe(60);
  });
  it('scales a hold by the time held against the target, capped at the target', () => {
    expect(repScore(rep(1, [], { seconds: 0.3, target: 15 }))).toBe(2);
    expect(repScore(rep(1, [], { seconds: 7.5, target: 15 }))).toBe(50);
    expect(repScore(rep(0.86, [], { seconds: 15.2, target: 15 }))).toBe(86);
  });
});

describe('scoreReasons', () => {
  it('names every factor of the score', () => {
    expect(scoreReasons({ range: 0.78, hold: { seconds: 15.2, target: 15 }, faults: [{ rule: 'legs-down', severity: 'warn' }] })).toEqual([
      'hold 15.2 of 15 s',
      'range 78 %',
      'legs-down −15 %',
    ]);
  });
  it('gives a rep without a hold its range alone', () => {
    expect(scoreReasons(rep(1))).toEqual(['range 100 %']);
  });
});
