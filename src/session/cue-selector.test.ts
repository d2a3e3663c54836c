import { describe, expect, it } from 'vitest';
import { adviceCue, CueSelector, neutralCue, shortHoldCue, type NeutralState } from './cue-selector';

const hipsLow = { rule: 'hips-low', cue: 'Lift your hips', landmarks: [23, 24] };
const feetFar = { rule: 'feet-far', cue: 'Bring your feet closer', landmarks: [27, 28, 24] };

describe('CueSelector', () => {
  it('shows the first active fault with the landmarks of every active fault', () => {
    const c = new CueSelector(3);
    expect(c.select([hipsLow, feetFar], 1, 'Good form')).toEqual({ text: 'Lift your hips', rule: 'hips-low', highlight: [23, 24, 27, 28] });
  });

  it('lets a fault cue linger after the fault ends, then falls back to the neutral cue', () => {
    const c = new CueSelector(3);
    c.select([hipsLow], 1, 'Good form');
    expect(c.select([], 3.9, 'Good form')).toEqual({ text: 'Lift your hips', rule: 'hips-low', highlight: [23, 24] });
    expect(c.select([], 4.1, 'Good form')).toEqual({ text: 'Good form', rule: null, highlight: [] });
  });

  it('lingers on a fault reported as an event even when no snapshot saw it active', () => {
    const c = new CueSelector(1);
    c.fault(feetFar, 2);
    expect(c.select([], 2.5, 'Hold').rule).toBe('feet-far');
    c.reset();
    expect(c.select([], 2.5, 'Hold').text).toBe('Hold');
  });
});

describe('neutralCue', () => {
  const state = (s: Partial<NeutralState>): NeutralState => ({ kind: 'reps', holding: false, holdDone: false, lastRepFaults: null, ...s });

  it('says where a hold stands', () => {
    expect(neutralCue(state({ kind: 'hold', holding: true }))).toBe('Hold');
    expect(neutralCue(state({ kind: 'hold', holdDone: true }))).toBe('Good. Lower and rest');
    expect(neutralCue(state({ kind: 'hold' }))).toBe('Lift into the hold');
  });

  it('praises the form only of a rep that was seen, and only without a fault', () => {
    expect(neutralCue(state({ lastRepFaults: null }))).not.toMatch(/good/i);
    expect(neutralCue(state({ lastRepFaults: ['hips-low'] }))).not.toMatch(/good/i);
    expect(neutralCue(state({ lastRepFaults: [] }))).toBe('Good form');
  });
});

describe('advice and short holds', () => {
  it('turns a rep-end cue into advice for the next rep', () => {
    expect(adviceCue('Push your hips higher')).toBe('Next time: push your hips higher');
  });
  it('says how long a short hold lasted', () => {
    expect(shortHoldCue(0.31, 15)).toBe('Too short: 0.3 of 15 s. Hold longer');
  });
});
