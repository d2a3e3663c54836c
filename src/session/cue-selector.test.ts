import { describe, expect, it } from 'vitest';
import { CueSelector, neutralCue } from './cue-selector';

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
  it('says where a hold stands, and good form for reps', () => {
    expect(neutralCue('hold', true, false)).toBe('Hold');
    expect(neutralCue('hold', false, true)).toBe('Good. Lower and rest');
    expect(neutralCue('hold', false, false)).toBe('Lift into the hold');
    expect(neutralCue('reps', false, false)).toBe('Good form');
  });
});
