import { describe, expect, it } from 'vitest';
import { BreathCalls } from './breath-calls';

describe('BreathCalls', () => {
  const pace = { inhaleSeconds: 4, exhaleSeconds: 5, pauseSeconds: 1, breaths: 2 };

  it('shows in and out with the breath number, and says each once as it begins', () => {
    const calls = new BreathCalls(pace);
    const said: string[] = [];
    const shown: (string | null)[] = [];
    for (let t = 0; t < 22; t += 0.5) {
      const c = calls.at(t);
      if (c.say) said.push(c.say);
      if (t === 1 || t === 5 || t === 9.5 || t === 11 || t === 21) shown.push(c.shown);
    }
    expect(said).toEqual(['Breathe in', 'Breathe out', 'Breathe in', 'Breathe out']);
    expect(shown).toEqual(['Breathe in · 1 of 2', 'Breathe out · 1 of 2', null, 'Breathe in · 2 of 2', null]);
  });

  it('starts again for a new set', () => {
    const calls = new BreathCalls(pace);
    expect(calls.at(0).say).toBe('Breathe in');
    calls.reset();
    expect(calls.at(0.1).say).toBe('Breathe in');
  });
});
