import { describe, expect, it } from 'vitest';
import { makeTrack, serializeTrack, type Keypoint, type PoseFrame, type WorldPoint } from '../track/track';
import { newSet, recordFrame, recordSignal } from './set-record';

/** A detector-like frame: unrounded values, a person or (every 50th frame) nobody. */
function frame(t: number, seed: number): PoseFrame {
  let s = seed;
  const r = () => (s = (s * 16807) % 2147483647) / 2147483647;
  if (seed % 50 === 0) return { t, keypoints: null, world: null };
  return {
    t,
    keypoints: Array.from({ length: 33 }, (): Keypoint => [r() * 1.2 - 0.1, r() * 1.2 - 0.1, r() - 0.5, r()]),
    world: Array.from({ length: 33 }, (): WorldPoint => [r() - 0.5, r() * 1.6 - 0.8, r() * 0.6 - 0.3]),
  };
}

const values = (f: PoseFrame) => [...(f.keypoints ?? []).flat(), ...(f.world ?? []).flat()];
const fps30 = (minutes: number) => Array.from({ length: minutes * 60 * 30 }, (_, i) => 100 + i / 30);

describe('a set recording', () => {
  it('gives every frame back: times on the set clock, every value within the track format\'s 1e-4 step, the export identical', () => {
    const set = newSet(1, 100);
    const originals = fps30(1).map((t, i) => frame(t, i + 1));
    const engineSaw = originals.map((f) => recordFrame(set, f));
    expect(set.frames.length).toBe(originals.length);
    originals.forEach((f, i) => {
      const back = set.frames.at(i);
      expect(back.t).toBe(engineSaw[i].t);
      expect(back.t).toBeCloseTo(f.t - 100, 9);
      expect(back.keypoints === null).toBe(f.keypoints === null);
      const a = values(back);
      const b = values(f);
      expect(a).toHaveLength(b.length);
      for (let j = 0; j < a.length; j++) if (Math.abs(a[j] - b[j]) > 5e-5 + 1e-12) throw new Error(`frame ${i} value ${j}: ${a[j]} vs ${b[j]}`);
    });
    const source = { name: 'set', width: 1280, height: 720, fps: 30 };
    const model = { name: 'blazepose', variant: 'lite', runtime: 'tfjs' };
    expect(serializeTrack(makeTrack(source, model, set.frames.toArray()))).toBe(serializeTrack(makeTrack(source, model, engineSaw)));
  });

  it('holds a 30-minute set at 30 frames a second in under 30 MB, every frame still there', () => {
    const set = newSet(1, 100);
    const person = frame(0, 7);
    const times = fps30(30);
    for (const t of times) recordSignal(set, recordFrame(set, { ...person, t }).t, { metric: 1, signal: 0.5 });
    expect(set.frames.length).toBe(54_000);
    expect(set.frames.byteLength / 1e6).toBeLessThan(30);
    expect(set.frames.at(53_999)).toEqual({ ...set.frames.at(0), t: set.frames.timeAt(53_999) });
    expect(set.frames.lastT()).toBeCloseTo(times[53_999] - 100, 9);
    expect(set.series).toHaveLength(54_000);
  });
});
