import { describe, expect, it } from 'vitest';
import { repScore } from './rep-score';

describe('repScore', () => {
  it('is 100 for a full-range rep with no fault', () => {
    expect(repScore(1, [])).toBe(100);
  });
  it('scales with range and caps at full range', () => {
    expect(repScore(0.5, [])).toBe(50);
    expect(repScore(1.3, [])).toBe(100);
  });
  it('docks more for worse faults', () => {
    expect(repScore(1, ['warn'])).toBe(85);
    expect(repScore(1, ['error'])).toBeLessThan(repScore(1, ['info']));
    expect(repScore(1, ['warn', 'error'])).toBe(60);
  });
});
