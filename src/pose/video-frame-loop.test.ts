import { describe, expect, it } from 'vitest';
import { startVideoFrameLoop } from './video-frame-loop';

type Meta = { mediaTime: number; captureTime?: number };

/** A video element stand-in whose frames we deliver by hand, like requestVideoFrameCallback does. */
function fakeVideo() {
  let pending: ((now: number, meta: Meta) => void) | null = null;
  const video = {
    requestVideoFrameCallback(cb: (now: number, meta: Meta) => void) {
      pending = cb;
      return 1;
    },
    cancelVideoFrameCallback() {
      pending = null;
    },
  } as unknown as HTMLVideoElement;
  return {
    video,
    showFrame(mediaTime: number) {
      const cb = pending;
      pending = null;
      cb?.(mediaTime * 1000, { mediaTime, captureTime: mediaTime * 1000 });
    },
  };
}

describe('startVideoFrameLoop', () => {
  it('drops frames that arrive while the detector is busy and then takes the newest, never a queue', async () => {
    const { video, showFrame } = fakeVideo();
    const processed: number[] = [];
    let finish: () => void = () => undefined;
    const loop = startVideoFrameLoop(video, (info) => {
      processed.push(info.mediaTime);
      return new Promise<void>((resolve) => (finish = resolve));
    });
    showFrame(0);
    showFrame(1 / 30); // detector still busy with frame 0
    showFrame(2 / 30);
    expect(processed).toEqual([0]);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    showFrame(3 / 30); // the first frame after the detector is free: the newest one
    expect(processed).toEqual([0, 3 / 30]);
    expect(loop.droppedFrames).toBe(2);
    loop.stop();
    showFrame(4 / 30);
    expect(processed).toHaveLength(2);
  });

  it('passes the capture time on, for the capture-to-overlay latency', () => {
    const { video, showFrame } = fakeVideo();
    const seen: number[] = [];
    startVideoFrameLoop(video, async (info) => void seen.push(info.capturedAt));
    showFrame(0.5);
    expect(seen).toEqual([500]);
  });
});

describe('startVideoFrameLoop with two frames in flight', () => {
  it('hands on a second frame while the first is detected, and drops the third', async () => {
    const { video, showFrame } = fakeVideo();
    const processed: number[] = [];
    const finishers: (() => void)[] = [];
    startVideoFrameLoop(video, (info) => {
      processed.push(info.mediaTime);
      return new Promise<void>((resolve) => finishers.push(resolve));
    }, 2);
    showFrame(1);
    showFrame(2);
    showFrame(3); // both slots busy: dropped
    expect(processed).toEqual([1, 2]);
    finishers[0]();
    await Promise.resolve();
    await Promise.resolve();
    showFrame(4);
    expect(processed).toEqual([1, 2, 4]);
  });
});
