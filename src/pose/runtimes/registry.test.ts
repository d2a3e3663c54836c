import { describe, expect, it } from 'vitest';
import { isRuntime, isRuntimePreference, RUNTIME_IDS, RUNTIMES, runtimeById } from './registry';

describe('runtime registry', () => {
  it('lists each runtime once, with its files, and reads ids back', () => {
    expect(RUNTIME_IDS).toEqual(['tfjs', 'mediapipe']);
    for (const r of RUNTIMES) {
      expect(runtimeById(r.id)).toBe(r);
      expect(r.files('lite').length).toBeGreaterThan(2);
      expect(r.files('lite').every((f) => f.startsWith('/models/'))).toBe(true); // our own origin, never a CDN
    }
    expect(isRuntime('tfjs')).toBe(true);
    expect(isRuntime('webgpu')).toBe(false);
    expect(isRuntimePreference('auto')).toBe(true);
    expect(isRuntimePreference(3)).toBe(false);
  });

  it('says which runtime can run in a worker and which needs WebGL2', () => {
    expect(runtimeById('tfjs').runsInWorker).toBe(true);
    expect(runtimeById('mediapipe').runsInWorker).toBe(false);
    expect(runtimeById('mediapipe').gpu).toBe(true);
    expect(runtimeById('tfjs').gpu).toBe(false);
    expect(runtimeById('mediapipe').unavailableReason({ webgl2: false })).toMatch(/WebGL2/);
    expect(runtimeById('tfjs').unavailableReason({ webgl2: false })).toBeNull();
  });

  it('tfjs takes frames at most 640 px wide, keeping the aspect ratio', () => {
    expect(runtimeById('tfjs').inputSize({ width: 1280, height: 720 })).toEqual({ width: 640, height: 360 });
    expect(runtimeById('tfjs').inputSize({ width: 480, height: 360 })).toEqual({ width: 480, height: 360 });
    expect(runtimeById('mediapipe').inputSize({ width: 1280, height: 720 })).toEqual({ width: 1280, height: 720 });
  });
});
