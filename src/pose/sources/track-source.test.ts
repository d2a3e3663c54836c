import { describe, expect, it } from 'vitest';
import { makeTrack, type PoseFrame } from '../../track/track';
import type { TrackPlayerCallbacks } from '../track-player';
import type { FrameSink } from './frame-source';
import { TrackSource } from './track-source';

const track = makeTrack({ name: 'walk', width: 640, height: 480, fps: 10 }, { name: 'blazepose', variant: 'lite', runtime: 'tfjs' }, [0, 0.1, 0.2].map((t) => ({ t, keypoints: null })));

function sink(log: string[]): FrameSink {
  return {
    detect: async () => void log.push('detect'),
    maxInFlight: 1,
    startT: () => 0,
    pose: (f: PoseFrame) => void log.push(`pose ${f.t}`),
    progress: () => undefined,
    end: () => void log.push('end'),
    fail: () => void log.push('fail'),
  };
}

describe('TrackSource', () => {
  it('hands the track frames to the sink as poses (no detector), then ends; pause and run resume the same playback', async () => {
    const log: string[] = [];
    let cb: TrackPlayerCallbacks | null = null;
    const calls: string[] = [];
    const player = (_t: unknown, speed: number, c: TrackPlayerCallbacks) => {
      cb = c;
      calls.push(`play x${speed}`);
      return { pause: () => void calls.push('pause'), resume: () => void calls.push('resume'), stop: () => void calls.push('stop'), position: 0 };
    };
    const source = new TrackSource(track, 4, player);
    expect(source.needsDetector).toBe(false);
    expect(await source.open(sink(log))).toEqual({ name: 'walk', width: 640, height: 480 });
    source.run();
    source.pause();
    source.run();
    for (const f of track.frames) cb!.onFrame(f);
    cb!.onEnd();
    source.stop();
    expect(calls).toEqual(['play x4', 'pause', 'resume', 'stop']);
    expect(log).toEqual(['pose 0', 'pose 0.1', 'pose 0.2', 'end']);
  });
});
