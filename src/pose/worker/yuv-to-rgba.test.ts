import { describe, expect, it } from 'vitest';
import { yuvToRgba, type YuvFrame } from './yuv-to-rgba';

/** A width x height I420 frame whose every pixel is (y, u, v), or whose luma is `lumaAt(x, y)`. */
function i420(width: number, height: number, yuv: [number, number, number], lumaAt?: (x: number, y: number) => number): YuvFrame {
  const ySize = width * height;
  const cSize = (width / 2) * (height / 2);
  const data = new Uint8Array(ySize + 2 * cSize);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = lumaAt ? lumaAt(x, y) : yuv[0];
  data.fill(yuv[1], ySize, ySize + cSize);
  data.fill(yuv[2], ySize + cSize);
  return {
    format: 'I420', width, height, data, matrix: 'bt601', fullRange: false,
    layout: [{ offset: 0, stride: width }, { offset: ySize, stride: width / 2 }, { offset: ySize + cSize, stride: width / 2 }],
  };
}

/** The same picture with the chroma planes interleaved (NV12). */
function toNv12(f: YuvFrame): YuvFrame {
  const ySize = f.width * f.height;
  const cSize = ySize / 4;
  const data = new Uint8Array(ySize + 2 * cSize);
  data.set(f.data.subarray(0, ySize));
  for (let i = 0; i < cSize; i++) {
    data[ySize + 2 * i] = f.data[ySize + i];
    data[ySize + 2 * i + 1] = f.data[ySize + cSize + i];
  }
  return { ...f, format: 'NV12', data, layout: [{ offset: 0, stride: f.width }, { offset: ySize, stride: f.width }] };
}

const convert = (f: YuvFrame, w: number, h: number) => {
  const out = new Uint8ClampedArray(w * h * 4);
  yuvToRgba(f, w, h, out);
  return out;
};

describe('yuvToRgba', () => {
  it('gives the BT.601 limited-range colours: red, white and black', () => {
    expect([...convert(i420(4, 4, [81, 90, 240]), 2, 2).slice(0, 4)]).toEqual([255, 0, 0, 255].map((v, i) => (i < 3 ? expect.closeTo(v, -0.5) : v)));
    expect([...convert(i420(4, 4, [235, 128, 128]), 2, 2).slice(0, 4)]).toEqual([255, 255, 255, 255]);
    expect([...convert(i420(4, 4, [16, 128, 128]), 2, 2).slice(0, 4)]).toEqual([0, 0, 0, 255]);
  });

  it('reads full-range and BT.709 frames by their own levels', () => {
    const grey = { ...i420(4, 4, [128, 128, 128]), fullRange: true };
    expect([...convert(grey, 2, 2).slice(0, 3)]).toEqual([128, 128, 128]);
    const blue601 = convert(i420(4, 4, [100, 160, 128]), 2, 2);
    const blue709 = convert({ ...i420(4, 4, [100, 160, 128]), matrix: 'bt709' }, 2, 2);
    expect(blue709[2]).toBeGreaterThan(blue601[2]);
  });

  it('halves a frame by averaging each 2x2 block of luma, so a one-pixel pattern turns grey instead of aliasing', () => {
    const checker = i420(8, 4, [0, 128, 128], (x, y) => ((x + y) % 2 ? 235 : 16));
    const out = convert({ ...checker, fullRange: false }, 4, 2);
    for (let i = 0; i < 8; i++) expect(out[i * 4]).toBeCloseTo(128, -0.5);
  });

  it('keeps where things are when it scales: a bright right half stays the right half', () => {
    const half = i420(16, 8, [0, 128, 128], (x) => (x >= 8 ? 235 : 16));
    const out = convert(half, 8, 4);
    const row = Array.from({ length: 8 }, (_, x) => out[x * 4]);
    expect(row).toEqual([0, 0, 0, 0, 255, 255, 255, 255]);
  });

  it('reads NV12 (interleaved chroma) the same as I420', () => {
    const f = i420(8, 8, [81, 90, 240], (x, y) => 16 + x * 20 + y);
    expect(convert(toNv12(f), 4, 4)).toEqual(convert(f, 4, 4));
  });

  it('honours row strides wider than the picture (padded planes)', () => {
    const f = i420(4, 4, [100, 60, 200]);
    const padded = new Uint8Array(8 * 4 + 2 * 4 * 2);
    for (let y = 0; y < 4; y++) padded.set(f.data.subarray(y * 4, y * 4 + 4), y * 8);
    padded.fill(60, 32, 40);
    padded.fill(200, 40, 48);
    const wide: YuvFrame = { ...f, data: padded, layout: [{ offset: 0, stride: 8 }, { offset: 32, stride: 4 }, { offset: 40, stride: 4 }] };
    expect(convert(wide, 2, 2)).toEqual(convert(f, 2, 2));
  });
});
