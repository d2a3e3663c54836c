import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTrack, serializeTrack, makeTrack, type PoseFrame } from '../track/track';
import { CHUNK_FRAMES, FrameStore } from './frame-store';

const synth = parseTrack(readFileSync('fixtures/synth/glute-bridge-5reps.track.json', 'utf8'));

function randomFrame(t: number, seed: number): PoseFrame {
  let s = seed;
  const r = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 0.5;
  return {
    t,
    keypoints: Array.from({ length: 33 }, () => [r(), r(), r() * 0.3, Math.abs(r()) % 1] as [number, number, number, number]),
    world: Array.from({ length: 33 }, () => [r() - 0.5, r() - 0.5, r() * 0.2] as [number, number, number]),
  };
}

describe('FrameStore', () => {
  it('gives back frames that serialise to exactly the JSON of the originals, across chunks', () => {
    const frames = Array.from({ length: CHUNK_FRAMES + 300 }, (_, i) => randomFrame(i / 30 + 1e-7 * i, i + 1));
    frames[5] = { t: frames[5].t, keypoints: null, world: null };
    frames[6] = { t: frames[6].t, keypoints: frames[6].keypoints }; // no world field at all
    const store = new FrameStore();
    for (const f of frames) store.push(f);
    expect(store.length).toBe(frames.length);
    const source = { name: 'x', width: 640, height: 360, fps: 30 };
    const model = { name: 'blazepose', variant: 'lite', runtime: 'tfjs' };
    expect(serializeTrack(makeTrack(source, model, store.toArray()))).toBe(serializeTrack(makeTrack(source, model, frames)));
    expect(store.at(5)).toEqual({ t: frames[5].t, keypoints: null, world: null });
    expect('world' in store.at(6)).toBe(false);
  });

  it('keeps a synthetic track exactly', () => {
    const store = new FrameStore();
    for (const f of synth.frames) store.push(f);
    expect(serializeTrack({ ...synth, frames: store.toArray() })).toBe(serializeTrack(synth));
  });

  it('keeps a frame with an out-of-range value or a short keypoint list as it is', () => {
    const store = new FrameStore();
    const far = randomFrame(0, 3);
    far.keypoints![2][0] = 7.25; // a wrist far outside the picture
    const short: PoseFrame = { t: 1, keypoints: far.keypoints!.slice(0, 17), world: null };
    store.push(far);
    store.push(short);
    expect(store.at(0).keypoints![2][0]).toBe(7.25);
    expect(store.at(1).keypoints).toHaveLength(17);
  });

  it('holds a 30-minute workout at 30 fps in under 30 MB', () => {
    const store = new FrameStore();
    const frame = randomFrame(0, 7);
    for (let i = 0; i < 30 * 60 * 30; i++) store.push({ ...frame, t: i / 30 });
    expect(store.length).toBe(54_000);
    expect(store.at(53_999).t).toBeCloseTo(53_999 / 30, 9);
    expect(store.byteLength / 1e6).toBeLessThan(30);
    // An object per frame (the old recorder) holds 67 small arrays: well over 5 kB a frame in V8.
    expect(store.byteLength / store.length).toBeLessThan(500);
  });

  it('finds frames by time, gives ranges, iterates, and writes itself to JSON as its frames', () => {
    const frames = Array.from({ length: CHUNK_FRAMES + 10 }, (_, i) => randomFrame(i / 30, i + 1));
    const store = FrameStore.from(frames);
    expect(store.timeAt(CHUNK_FRAMES + 3)).toBe(frames[CHUNK_FRAMES + 3].t);
    expect(store.indexAt(CHUNK_FRAMES / 30 + 0.01)).toBe(CHUNK_FRAMES);
    expect(store.indexAt(-1)).toBe(0);
    expect(store.indexAt(1e9)).toBe(frames.length - 1);
    expect(store.slice(CHUNK_FRAMES - 1, CHUNK_FRAMES + 1)).toEqual([store.at(CHUNK_FRAMES - 1), store.at(CHUNK_FRAMES)]);
    expect(store.slice(CHUNK_FRAMES + 5)).toHaveLength(5);
    expect([...store]).toEqual(store.toArray());
    expect(JSON.parse(JSON.stringify({ frames: store })).frames).toEqual(JSON.parse(JSON.stringify(store.toArray())));
  });

  it('throws on an index outside the recording, and clears', () => {
    const store = new FrameStore();
    store.push(randomFrame(0, 1));
    expect(() => store.at(1)).toThrow(RangeError);
    expect(store.lastT()).toBe(0);
    store.clear();
    expect(store.length).toBe(0);
    expect(store.lastT()).toBe(-Infinity);
  });
});
