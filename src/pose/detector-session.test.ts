import { describe, expect, it } from 'vitest';
import type { DetectorOptions, PoseDetectorHandle } from './detector';
import { DetectorSession, type SessionHooks } from './detector-session';
import { loadStoredChoice } from './runtime-choice';

/** A fake detector factory: each runtime takes `ms[runtime]` per frame on a fake clock. */
function setup(ms: Record<string, number>, env = { webgl2: true, renderer: 'Real GPU' }) {
  let clock = 0;
  const created: string[] = [];
  const disposed: string[] = [];
  const map = new Map<string, string>();
  const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  const create = async ({ runtime, variant }: DetectorOptions): Promise<PoseDetectorHandle> => {
    created.push(`${runtime}/${variant}`);
    return {
      runtime,
      variant,
      backend: `${runtime}-fake`,
      place: 'main',
      steps: null,
      estimate: async (_i, _s, t) => {
        clock += ms[runtime];
        return { t, keypoints: null, world: null };
      },
      resourceCount: () => 0,
      dispose: () => void disposed.push(`${runtime}/${variant}`),
    };
  };
  const session = new DetectorSession({ create, environment: () => env, storage, now: () => clock, place: 'main' });
  const events: string[] = [];
  const hooks = (current = () => true): SessionHooks => ({
    loading: (on) => void events.push(on ? 'load' : 'loaded'),
    progress: () => undefined,
    calibrating: (on) => void events.push(on ? 'calibrate' : 'calibrated'),
    current,
  });
  const sample = () => ({ input: {} as HTMLVideoElement, size: { width: 640, height: 360 } });
  return { session, created, disposed, storage, events, hooks, sample };
}

describe('DetectorSession', () => {
  it('on a first start with a real GPU times the GPU runtime, keeps it when fast, and never loads the other', async () => {
    const s = setup({ tfjs: 40, mediapipe: 12 });
    await s.session.prepare('auto', 'full', s.sample, s.hooks());
    expect(s.session.handle?.runtime).toBe('mediapipe');
    expect(s.created).toEqual(['mediapipe/full']);
    expect(s.events[0]).toBe('calibrate');
    expect(s.events).toContain('calibrated');
    const stored = loadStoredChoice(s.storage, 'Real GPU')!;
    expect(stored.runtime).toBe('mediapipe');
    expect(stored.medians).toEqual({ mediapipe: 12 });
    // The next source on this page reuses the loaded detector: nothing is created again.
    const before = s.created.length;
    await s.session.prepare('auto', 'full', s.sample, s.hooks());
    expect(s.created.length).toBe(before);
  });

  it('times the second runtime only when the first is slow, and keeps the faster', async () => {
    const s = setup({ tfjs: 40, mediapipe: 400 });
    await s.session.prepare('auto', 'lite', s.sample, s.hooks());
    expect(s.created).toEqual(['mediapipe/lite', 'tfjs/lite']);
    expect(s.session.handle?.runtime).toBe('tfjs');
    expect(loadStoredChoice(s.storage, 'Real GPU')!.medians).toEqual({ mediapipe: 400, tfjs: 40 });
  });

  it('loads a runtime+model once, and replaces it when the model changes', async () => {
    const s = setup({ tfjs: 40, mediapipe: 400 }, { webgl2: true, renderer: 'SwiftShader' });
    await s.session.prepare('auto', 'full', s.sample, s.hooks());
    await s.session.prepare('auto', 'full', s.sample, s.hooks());
    expect(s.created).toEqual(['tfjs/full']);
    await s.session.load('tfjs', 'lite', s.hooks());
    expect(s.created).toEqual(['tfjs/full', 'tfjs/lite']);
    expect(s.disposed).toEqual(['tfjs/full']);
  });

  it('does not load anything for a source that was stopped while it measured', async () => {
    const s = setup({ tfjs: 40, mediapipe: 12 });
    let current = true;
    const hooks = s.hooks(() => current);
    const sample = () => {
      current = false; // the person pressed Stop during calibration
      return s.sample();
    };
    await s.session.prepare('auto', 'full', sample, hooks);
    expect(s.created).toEqual(['mediapipe/full']);
    expect(loadStoredChoice(s.storage, 'Real GPU')).toBeNull(); // half a measurement is not remembered
  });

  it('times one detection step', async () => {
    const s = setup({ tfjs: 40, mediapipe: 12 }, { webgl2: false, renderer: 'none' });
    await s.session.prepare('mediapipe', 'lite', s.sample, s.hooks());
    expect(s.session.handle?.runtime).toBe('tfjs'); // pinned mediapipe cannot run without WebGL2
    const { frame, ms } = await s.session.estimate({} as HTMLVideoElement, { width: 1, height: 1 }, 0.5);
    expect(frame?.t).toBe(0.5);
    expect(ms).toBe(40);
  });
});
