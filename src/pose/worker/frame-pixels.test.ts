import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { framePixels } from './frame-pixels';

/** Stands in for a camera VideoFrame: a uniform I420 picture (mid grey) or a frame in another format. */
class FakeVideoFrame {
  closed = false;
  copied = 0;
  visibleRect = { width: 8, height: 4 };
  colorSpace = { matrix: null, fullRange: null };
  constructor(readonly format: string | null) {}
  allocationSize() {
    return 8 * 4 * 1.5;
  }
  async copyTo(dest: Uint8Array) {
    this.copied++;
    dest.fill(128, 0, this.allocationSize());
    return [{ offset: 0, stride: 8 }, { offset: 32, stride: 4 }, { offset: 40, stride: 4 }];
  }
  close() {
    this.closed = true;
  }
}

const drawn: unknown[] = [];
beforeEach(() => {
  drawn.length = 0;
  vi.stubGlobal('VideoFrame', FakeVideoFrame);
  vi.stubGlobal('ImageData', class { data: Uint8ClampedArray; constructor(readonly width: number, readonly height: number) { this.data = new Uint8ClampedArray(width * height * 4); } });
  vi.stubGlobal('OffscreenCanvas', class {
    constructor(readonly width: number, readonly height: number) {}
    getContext() {
      return { drawImage: (image: unknown) => drawn.push(image), getImageData: (_x: number, _y: number, w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }) };
    }
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('framePixels', () => {
  it('converts a YUV camera frame itself (one copy out, no canvas) and closes it', async () => {
    const frame = new FakeVideoFrame('I420');
    const { pixels } = await framePixels(frame as unknown as VideoFrame, 4, 2);
    expect(frame.copied).toBe(1);
    expect(drawn).toHaveLength(0);
    expect([pixels.width, pixels.height]).toEqual([4, 2]);
    expect(Array.from(pixels.data.slice(0, 4))).toEqual([130, 130, 130, 255]); // limited-range 128 grey
    expect(frame.closed).toBe(true);
  });

  it('draws any other frame on a canvas, and closes it too', async () => {
    const frame = new FakeVideoFrame('RGBA');
    const { pixels } = await framePixels(frame as unknown as VideoFrame, 4, 2);
    expect(frame.copied).toBe(0);
    expect(drawn).toEqual([frame]);
    expect([pixels.width, pixels.height]).toEqual([4, 2]);
    expect(frame.closed).toBe(true);
  });

  it('closes the frame when reading it fails', async () => {
    const frame = new FakeVideoFrame('NV12');
    frame.copyTo = async () => {
      throw new Error('frame closed');
    };
    await expect(framePixels(frame as unknown as VideoFrame, 4, 2)).rejects.toThrow('frame closed');
    expect(frame.closed).toBe(true);
  });
});
