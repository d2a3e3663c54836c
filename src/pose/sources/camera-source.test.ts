import { describe, expect, it, vi } from 'vitest';
import type { FrameSink } from './frame-source';

const track = Object.assign(new EventTarget(), { label: 'Fake cam', stopped: false, stop() { track.stopped = true; } });
const stream = { getVideoTracks: () => [track], getTracks: () => [track] };
vi.mock('../camera', () => ({ openCamera: vi.fn(async () => stream) }));
const { CameraSource } = await import('./camera-source');

type Meta = { mediaTime: number; captureTime: number };

/** A <video> stand-in that plays at once and shows frames when told to. */
function fakeVideo() {
  let pending: ((now: number, meta: Meta) => void) | null = null;
  const video = {
    videoWidth: 1280,
    videoHeight: 720,
    srcObject: null as unknown,
    play: async () => undefined,
    pause: vi.fn(),
    removeAttribute: () => undefined,
    requestVideoFrameCallback(cb: (now: number, meta: Meta) => void) {
      pending = cb;
      return 1;
    },
    cancelVideoFrameCallback: () => (pending = null),
  };
  const show = (capturedAt: number) => {
    const cb = pending;
    pending = null;
    cb?.(capturedAt, { mediaTime: 0, captureTime: capturedAt });
  };
  return { video: video as unknown as HTMLVideoElement, show };
}

function fakeSink(startT: number) {
  const times: number[] = [];
  const problems: string[] = [];
  const sink: FrameSink = {
    detect: async (t) => void times.push(t),
    maxInFlight: 1,
    startT: () => startT,
    pose: () => undefined,
    progress: () => undefined,
    end: () => undefined,
    fail: (p) => void problems.push(p.id),
  };
  return { sink, times, problems };
}

describe('CameraSource', () => {
  it('times frames by capture time, continuing from where the recording stopped', async () => {
    const { video, show } = fakeVideo();
    const { sink, times } = fakeSink(12.5);
    const source = new CameraSource(video);
    expect(await source.open(sink)).toEqual({ name: 'Fake cam', width: 1280, height: 720 });
    source.run();
    show(10_000);
    await Promise.resolve();
    show(10_100);
    expect(times[0]).toBe(12.5);
    expect(times[1]).toBeCloseTo(12.6, 9);
  });

  it('reports a camera that went away, and stops the camera on stop', async () => {
    const { video } = fakeVideo();
    const { sink, problems } = fakeSink(0);
    const source = new CameraSource(video);
    await source.open(sink);
    track.dispatchEvent(new Event('ended'));
    expect(problems).toEqual(['camera-lost']);
    source.stop();
    expect(track.stopped).toBe(true);
    track.dispatchEvent(new Event('ended')); // a stopped source says nothing more
    expect(problems).toEqual(['camera-lost']);
  });
});
