import { describe, expect, it } from 'vitest';
import { decideRuntime, fasterRuntime, isSoftwareRenderer, lighterVariantIfSlow, loadStoredChoice, median, percentile, storeChoice } from './runtime-choice';

describe('fasterRuntime', () => {
  it('picks the lower median, ignoring one slow outlier', () => {
    expect(fasterRuntime([
      { runtime: 'mediapipe', samples: [400, 380, 420] },
      { runtime: 'tfjs', samples: [40, 900, 35] },
    ])).toBe('tfjs');
    expect(fasterRuntime([
      { runtime: 'mediapipe', samples: [12, 14, 13] },
      { runtime: 'tfjs', samples: [40, 45, 35] },
    ])).toBe('mediapipe');
  });

  it('skips a runtime that could not start', () => {
    expect(fasterRuntime([{ runtime: 'mediapipe', samples: [] }, { runtime: 'tfjs', samples: [50] }])).toBe('tfjs');
    expect(fasterRuntime([])).toBeNull();
  });
});

describe('median and percentile', () => {
  it('work on unsorted samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });
});

describe('lighterVariantIfSlow', () => {
  const slow = Array(20).fill(6);
  it('steps down one variant after a whole window under 10 fps', () => {
    expect(lighterVariantIfSlow('heavy', slow)).toBe('full');
    expect(lighterVariantIfSlow('full', slow)).toBe('lite');
    expect(lighterVariantIfSlow('lite', slow)).toBeNull();
  });
  it('keeps the variant when any recent frame was fast enough or the window is short', () => {
    expect(lighterVariantIfSlow('full', [...slow.slice(1), 12])).toBeNull();
    expect(lighterVariantIfSlow('full', slow.slice(5))).toBeNull();
  });
});

describe('stored choice', () => {
  it('is remembered per renderer', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    storeChoice(storage, { runtime: 'tfjs', renderer: 'SwiftShader', medians: { tfjs: 40 } });
    expect(loadStoredChoice(storage, 'SwiftShader')?.runtime).toBe('tfjs');
    expect(loadStoredChoice(storage, 'Apple M2')).toBeNull();
    map.set('spine-coach.runtime-choice.v1', '{oops');
    expect(loadStoredChoice(storage, 'SwiftShader')).toBeNull();
  });
});

describe('isSoftwareRenderer', () => {
  it('recognises software WebGL and not real GPUs', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)')).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
  });
});

describe('storeChoice', () => {
  it('does not throw when storage refuses the write', () => {
    const full = { setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } };
    expect(() => storeChoice(full, { runtime: 'tfjs', renderer: 'x', medians: {} })).not.toThrow();
  });
});

describe('decideRuntime (the one policy, for the app and the CLI)', () => {
  const gpu = 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)';
  const base = { preference: 'auto' as const, webgl2: true, renderer: gpu, stored: null };

  it('on a first start with a real GPU measures the GPU runtime first', () => {
    expect(decideRuntime(base)).toEqual({ measure: ['mediapipe', 'tfjs'], reason: 'first start on this machine' });
  });
  it('takes a stored measurement, and software WebGL decides without measuring', () => {
    expect(decideRuntime({ ...base, stored: { runtime: 'mediapipe', renderer: gpu, medians: {} } })).toMatchObject({ runtime: 'mediapipe' });
    expect(decideRuntime({ ...base, renderer: 'SwiftShader' })).toMatchObject({ runtime: 'tfjs' });
    expect(decideRuntime({ ...base, renderer: 'SwiftShader', forceMeasure: true })).toHaveProperty('measure');
  });
  it('without WebGL2 never picks or measures the WebGL runtime, even when it is pinned', () => {
    expect(decideRuntime({ ...base, webgl2: false })).toMatchObject({ runtime: 'tfjs' });
    expect(decideRuntime({ ...base, webgl2: false, preference: 'mediapipe' })).toMatchObject({ runtime: 'tfjs', reason: 'mediapipe cannot run here' });
    expect(decideRuntime({ ...base, preference: 'mediapipe' })).toMatchObject({ runtime: 'mediapipe' });
  });
});
