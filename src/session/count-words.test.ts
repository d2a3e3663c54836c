import { describe, expect, it } from 'vitest';
import { countWords, unitOf } from './count-words';

describe('countWords', () => {
  it('puts the noun in the singular for exactly one', () => {
    expect(countWords(1, 'hold')).toBe('1 hold');
    expect(countWords(0, 'hold')).toBe('0 holds');
    expect(countWords(2, unitOf('reps'))).toBe('2 reps');
    expect(countWords(1, unitOf('reps'))).toBe('1 rep');
  });
});
