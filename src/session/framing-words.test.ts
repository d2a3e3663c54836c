import { describe, expect, it } from 'vitest';
import { countingMessage, IN_VIEW, LOOKING, setupFraming } from './framing-words';

describe('framing words', () => {
  it('a passed set-up check: body in view, nothing highlighted, nothing to wait on', () => {
    expect(setupFraming({ ok: true, problems: [] }, true)).toEqual({ setupProblems: [], highlight: [], framing: 'ok', framingMessage: IN_VIEW, problem: null });
  });

  it('a failed one names its first problem and highlights every problem landmark once', () => {
    const problems = [
      { id: 'feet-out' as const, message: 'Step back: your feet are out of view', landmarks: [27, 28] },
      { id: 'not-sideways' as const, message: 'Turn sideways', landmarks: [26, 27] },
    ];
    const f = setupFraming({ ok: false, problems }, true);
    expect(f).toMatchObject({ framing: 'landmarks-hidden', framingMessage: problems[0].message, problem: problems[0].message });
    expect(f.highlight).toEqual([27, 28, 26]);
    expect(setupFraming({ ok: false, problems: [] }, false)).toMatchObject({ framing: 'no-person', problem: LOOKING });
  });

  it('while counting, a lost track wins over the camera message', () => {
    expect(countingMessage('your hips', 'Camera tilted')).toBe('Tracking lost: your hips. Count paused.');
    expect(countingMessage(null, 'Camera tilted')).toBe('Camera tilted');
    expect(countingMessage(null, '')).toBe(IN_VIEW);
  });
});
