import { describe, expect, it } from 'vitest';
import { SetupVoice } from './setup-voice';

/** Feeds one instruction per 0.1 s from `from` to `to`; returns what was said, with when. */
function run(voice: SetupVoice, from: number, to: number, instruction: string | null): [number, string][] {
  const said: [number, string][] = [];
  for (let t = from; t < to - 1e-9; t += 0.1) {
    const s = voice.update(Math.round(t * 10) / 10, instruction);
    if (s) said.push([Math.round(t * 10) / 10, s]);
  }
  return said;
}

describe('SetupVoice', () => {
  const options = { settleSeconds: 1, quietSeconds: 12 };

  it('says a steady instruction once it has settled, then stays quiet until the quiet interval is over', () => {
    const voice = new SetupVoice(options);
    expect(run(voice, 0, 30, 'Move back')).toEqual([
      [1, 'Move back'],
      [13, 'Move back'],
      [25, 'Move back'],
    ]);
  });

  it('says a new instruction when it changes', () => {
    const voice = new SetupVoice(options);
    run(voice, 0, 3, 'Move back');
    expect(run(voice, 3, 5, 'Turn sideways')).toEqual([[4, 'Turn sideways']]);
  });

  it('ignores a flicker and says nothing while the view is right', () => {
    const voice = new SetupVoice(options);
    expect(run(voice, 0, 0.5, 'Move back')).toEqual([]);
    expect(run(voice, 0.5, 5, null)).toEqual([]);
    // The same problem back within the quiet interval after it was said is not said again.
    run(voice, 5, 7, 'Move back');
    run(voice, 7, 8, null);
    expect(run(voice, 8, 10, 'Move back')).toEqual([]);
  });
});
