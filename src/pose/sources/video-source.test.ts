import { describe, expect, it } from 'vitest';
import type { FrameSink } from './frame-source';
import { VideoSource } from './video-source';

type FrameCallback = (now: number, meta: { mediaTime: number }) => void;

/**
 * A <video> of `frames` frames at 10 fps that plays one frame per tick. `endsPaused`: pausing on
 * the last frame leaves it at its end without playing into it, so no 'ended' event fires.
 */
class FakeVideo extends EventTarget {
  videoWidth = 640;
  videoHeight = 360;
  duration: number;
  currentTime = 0;
  paused = true;
  loop = false;
  playbackRate = 1;
  srcObject: unknown = null;
  src = '';
  onended: (() => void) | null = null;
  private callback: FrameCallback | null = null;

  constructor(private readonly frames: number) {
    super();
    this.duration = frames / 10;
  }

  get ended(): boolean {
    return this.currentTime >= this.duration;
  }

  load() {
    queueMicrotask(() => this.dispatchEvent(new Event('loadeddata')));
  }

  async play() {
    if (!this.paused) return;
    this.paused = false;
    setTimeout(() => this.advance(), 1);
  }

  pause() {
    this.paused = true;
  }

  requestVideoFrameCallback(cb: FrameCallback) {
    this.callback = cb;
    return 1;
  }

  cancelVideoFrameCallback() {
    this.callback = null;
  }

  /** Presents the next frame; the last one is presented at the very end of the file. */
  private advance() {
    if (this.paused) return;
    const next = Math.round(this.currentTime * 10) + 1;
    this.currentTime = next >= this.frames ? this.duration : next / 10;
    const cb = this.callback;
    this.callback = null;
    cb?.(0, { mediaTime: this.currentTime });
    if (this.ended && !this.paused) {
      this.paused = true;
      this.onended?.();
    } else setTimeout(() => this.advance(), 1);
  }
}

function sink(log: string[]): FrameSink {
  return {
    detect: async () => void log.push('detect'),
    maxInFlight: 1,
    startT: () => 0,
    pose: () => undefined,
    progress: () => undefined,
    end: () => void log.push('end'),
    fail: (p) => void log.push(`fail ${p.id}`),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('VideoSource, every frame', () => {
  it('ends once when the detector has had the last frame, though the paused video fires no ended event', async () => {
    const log: string[] = [];
    const video = new FakeVideo(4);
    const source = new VideoSource(video as unknown as HTMLVideoElement, 'clip.mp4', { mode: 'every-frame' });
    await source.open(sink(log));
    source.run();
    await settle();
    expect(log).toEqual(['detect', 'detect', 'detect', 'detect', 'end']);
    video.onended?.(); // should the browser still say so, it is not a second end
    expect(log.filter((l) => l === 'end')).toHaveLength(1);
  });
});
