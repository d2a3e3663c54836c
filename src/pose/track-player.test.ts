import { describe, expect, it } from 'vitest';
import { makeTrack, type PoseFrame } from '../track/track';
import { nextDueIndex, playTrack } from './track-player';

const frames: PoseFrame[] = [0, 0.1, 0.25, 0.3, 1.0].map((t) => ({ t, keypoints: null }));
const track = makeTrack({ name: 'x', width: 640, height: 480, fps: 10 }, { name: 'blazepose', variant: 'full', runtime: 'tfjs' }, frames);

function fakeClock() {
  let wall = 0;
  const queue: ((now: number) => void)[] = [];
  return {
    schedule: (cb: (now: number) => void) => queue.push(cb),
    cancel: () => undefined,
    now: () => wall,
    advance(ms: number) {
      wall += ms;
      const cb = queue.shift();
      cb?.(wall);
    },
  };
}

describe('nextDueIndex', () => {
  it('counts the frames whose time has come', () => {
    expect(nextDueIndex(frames, 0, 0.26)).toBe(3);
    expect(nextDueIndex(frames, 3, 0.26)).toBe(3);
    expect(nextDueIndex(frames, 0, 5)).toBe(5);
  });
});

describe('playTrack', () => {
  it('delivers every frame in order at the requested speed, then ends', () => {
    const clock = fakeClock();
    const seen: number[] = [];
    let ended = false;
    playTrack(track, 2, { onFrame: (f) => seen.push(f.t), onEnd: () => (ended = true), ...clock });
    clock.advance(0);
    expect(seen).toEqual([0]);
    clock.advance(100); // 0.2 s of track time at 2x
    expect(seen).toEqual([0, 0.1]);
    clock.advance(100);
    expect(seen).toEqual([0, 0.1, 0.25, 0.3]);
    expect(ended).toBe(false);
    clock.advance(400);
    expect(seen).toEqual([0, 0.1, 0.25, 0.3, 1.0]);
    expect(ended).toBe(true);
  });

  it('holds the clock while paused', () => {
    const clock = fakeClock();
    const seen: number[] = [];
    const playback = playTrack(track, 1, { onFrame: (f) => seen.push(f.t), onEnd: () => undefined, ...clock });
    clock.advance(0);
    playback.pause();
    clock.advance(5000);
    expect(seen).toEqual([0]);
    playback.resume();
    clock.advance(120);
    expect(seen).toEqual([0, 0.1]);
  });
});
