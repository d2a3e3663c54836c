import { describe, expect, it } from 'vitest';
import { FrameStore } from '../pose/frame-store';
import type { EngineEvent } from '../engine/events';
import { holdProgress } from './hold-progress';
import type { SetRecord } from './session-types';

const hold = (reached: boolean): EngineEvent => ({ type: 'hold-complete', t: 1, start: 0, end: 4, seconds: reached ? 3 : 1, target: 3, reached });
const set = (ended: SetRecord['ended'], ...holds: boolean[]): SetRecord => ({ set: 1, t0: 0, frames: new FrameStore(), series: [], ended, events: holds.map(hold) });
const birdDog = { name: 'Bird-dog', progression: { step: 3, min: 3, max: 30 }, holdSeconds: 3 };

describe('holdProgress', () => {
  it('grows the hold one step after a workout where every hold was made, and says so', () => {
    expect(holdProgress(birdDog, [set('target', true, true), set('target', true)])).toEqual({
      seconds: 6,
      note: 'Every hold made it. Next time the bird-dog hold is 6 s (change it in Settings).',
    });
  });

  it('keeps it after a missed hold or a stopped set, at the maximum, and for holds that do not progress', () => {
    expect(holdProgress(birdDog, [set('target', true, false)])).toBeNull();
    expect(holdProgress(birdDog, [set('stopped', true)])).toBeNull();
    expect(holdProgress({ ...birdDog, holdSeconds: 30 }, [set('target', true)])).toBeNull();
    expect(holdProgress({ name: 'Superman', progression: undefined, holdSeconds: 15 }, [set('target', true)])).toBeNull();
  });
});
