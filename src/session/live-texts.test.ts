import { describe, expect, it } from 'vitest';
import { liveTexts } from './live-texts';
import type { SessionView } from './session-types';

const view = (over: Partial<SessionView>): Parameters<typeof liveTexts>[0] => ({
  phase: 'counting', cue: 'Good form', cueRule: null, framing: 'ok', framingMessage: 'Body in view', setupProblems: [], trackingLost: false, end: null,
  ...over,
});
const problem = { id: 'feet-out' as const, message: 'Step back: your feet are out of the picture', landmarks: [] };

describe('liveTexts', () => {
  it('in the set-up check: says counting waits for the view, and how many things to fix', () => {
    expect(liveTexts(view({ phase: 'setup', framing: 'landmarks-hidden', setupProblems: [problem] }), false)).toEqual({
      cue: 'Counting starts when the view is right', tone: 'neutral', framing: 'Not ready: 1 thing to fix',
    });
    expect(liveTexts(view({ phase: 'setup', framing: 'no-person', setupProblems: [problem, problem] }), false).framing).toBe('Not ready: 2 things to fix');
    expect(liveTexts(view({ phase: 'setup', framing: 'no-person', setupProblems: [] }), false).framing).toBe('Not ready: 1 thing to fix');
    expect(liveTexts(view({ phase: 'countdown' }), false)).toMatchObject({ cue: 'Get ready', framing: 'Body in view' });
  });

  it('while counting: the session cue and framing message, a fault tone, or Paused', () => {
    expect(liveTexts(view({ cue: 'Lift your hips', cueRule: 'hips-low' }), false)).toEqual({ cue: 'Lift your hips', tone: 'fault', framing: 'Body in view' });
    expect(liveTexts(view({ cue: 'Lift your hips', cueRule: 'hips-low' }), true).cue).toBe('Paused');
    const lost = liveTexts(view({ trackingLost: true, cue: 'Come back into view', framingMessage: 'Tracking lost: No one in view. Count paused.' }), false);
    expect(lost).toEqual({ cue: 'Come back into view', tone: 'lost', framing: 'Tracking lost: No one in view. Count paused.' });
  });

  it('rest and finished have their own words and tone', () => {
    expect(liveTexts(view({ phase: 'rest', cue: 'Set done. Rest' }), false).cue).toBe('Rest');
    const end = (praise: boolean) => ({ heading: '', detail: '', cue: '', spoken: '', praise, rest: false });
    expect(liveTexts(view({ phase: 'finished', cue: 'Well done', end: end(true) }), false)).toMatchObject({ cue: 'Well done', tone: 'done' });
    expect(liveTexts(view({ phase: 'finished', cue: 'No reps counted', end: end(false) }), false)).toMatchObject({ tone: 'neutral' });
  });
});
