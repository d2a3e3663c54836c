import { describe, expect, it } from 'vitest';
import { Recorder } from './recorder';

const frame = (t: number) => ({ t, keypoints: null, world: null });

describe('Recorder', () => {
  it('drops frames that are not later than the last one, keeping the track valid', () => {
    const r = new Recorder();
    expect(r.record(frame(0))).toBe(true);
    expect(r.record(frame(0))).toBe(false);
    expect(r.record(frame(0.5))).toBe(true);
    expect(r.record(frame(0.2))).toBe(false);
    expect(r.frames().map((f) => f.t)).toEqual([0, 0.5]);
  });

  it('makes a pose track with the measured frame rate and a default name and size', () => {
    const r = new Recorder();
    for (let i = 0; i < 31; i++) r.record(frame(2 + i / 15));
    const track = r.toTrack({ name: '', width: 0, height: 0 }, { name: 'blazepose', variant: 'lite', runtime: 'tfjs' });
    expect(track.source).toEqual({ name: 'recording', width: 1280, height: 720, fps: 15 });
    expect(track.frames).toHaveLength(31);
  });
});
