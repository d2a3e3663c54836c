import { describe, expect, it } from 'vitest';
import { setInProgress, sourceStep } from './source-step';

describe('sourceStep', () => {
  it('stops the camera when a set ends and starts it again for the next set', () => {
    expect(sourceStep('counting', 'rest', true)).toBe('stop');
    expect(sourceStep('counting', 'finished', true)).toBe('stop');
    expect(sourceStep('setup', 'finished', true)).toBe('stop');
    expect(sourceStep('rest', 'setup', true)).toBe('restart');
  });
  it('leaves the camera alone while a set runs, and recordings always', () => {
    expect(sourceStep('setup', 'countdown', true)).toBeNull();
    expect(sourceStep('countdown', 'counting', true)).toBeNull();
    expect(sourceStep('counting', 'finished', false)).toBeNull();
  });
});

describe('setInProgress', () => {
  it('is true from the countdown to the end of the rest, not before the first set or after the last', () => {
    expect(['setup', 'countdown', 'counting', 'rest', 'finished'].map((p) => setInProgress(p as never))).toEqual([false, true, true, true, false]);
  });
});
