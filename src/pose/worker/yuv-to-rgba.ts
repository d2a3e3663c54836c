/**
 * A camera frame's YUV planes (I420 or NV12, as VideoFrame.copyTo gives them) scaled down and turned
 * into RGBA in one pass. Cheaper than drawing the VideoFrame onto a canvas, which converts the whole
 * frame to RGB before it scales it: here only the output pixels are computed. Luma is averaged over a
 * 2x2 block (the output is at most half the frame's size at the detector's 640 px), chroma is taken
 * from the block's sample.
 */

export type YuvFormat = 'I420' | 'NV12';

export interface YuvFrame {
  format: YuvFormat;
  width: number;
  height: number;
  data: Uint8Array;
  /** Per plane (Y, then U and V, or interleaved UV for NV12): where it starts and its row stride. */
  layout: readonly { offset: number; stride: number }[];
  /** BT.709 (HD) or BT.601 (SD, and what most webcams report) coefficients. */
  matrix: 'bt709' | 'bt601';
  /** Full-range (JPEG-like, 0-255) or limited-range (16-235) levels. */
  fullRange: boolean;
}

/** Red from Cr, green from Cb and Cr, blue from Cb, by matrix. */
const COEFFICIENTS = {
  bt601: { rv: 1.402, gu: -0.344136, gv: -0.714136, bu: 1.772 },
  bt709: { rv: 1.5748, gu: -0.187324, gv: -0.468124, bu: 1.8556 },
};

export const isYuvFormat = (format: string | null): format is YuvFormat => format === 'I420' || format === 'NV12';

/** Writes `outWidth` x `outHeight` RGBA pixels of `frame` into `out` (length outWidth * outHeight * 4). */
export function yuvToRgba(frame: YuvFrame, outWidth: number, outHeight: number, out: Uint8ClampedArray): void {
  const { data, layout, width, height } = frame;
  const c = COEFFICIENTS[frame.matrix];
  const yScale = frame.fullRange ? 1 : 255 / 219;
  const cScale = frame.fullRange ? 1 : 255 / 224;
  const yBase = frame.fullRange ? 0 : 16;
  const [luma, u, v] = layout;
  const nv12 = frame.format === 'NV12';
  const vPlane = nv12 ? { offset: u.offset + 1, stride: u.stride } : v;
  const chromaStep = nv12 ? 2 : 1;
  const columns = new Int32Array(outWidth);
  for (let x = 0; x < outWidth; x++) columns[x] = Math.min(Math.floor((x * width) / outWidth), width - 2);
  let o = 0;
  for (let y = 0; y < outHeight; y++) {
    const sy = Math.min(Math.floor((y * height) / outHeight), height - 2);
    const row0 = luma.offset + sy * luma.stride;
    const row1 = row0 + luma.stride;
    const uRow = u.offset + (sy >> 1) * u.stride;
    const vRow = vPlane.offset + (sy >> 1) * vPlane.stride;
    for (let x = 0; x < outWidth; x++) {
      const sx = columns[x];
      const yy = ((data[row0 + sx] + data[row0 + sx + 1] + data[row1 + sx] + data[row1 + sx + 1]) / 4 - yBase) * yScale;
      const cx = (sx >> 1) * chromaStep;
      const cb = (data[uRow + cx] - 128) * cScale;
      const cr = (data[vRow + cx] - 128) * cScale;
      // Uint8ClampedArray rounds and clamps to 0..255.
      out[o] = yy + c.rv * cr;
      out[o + 1] = yy + c.gu * cb + c.gv * cr;
      out[o + 2] = yy + c.bu * cb;
      out[o + 3] = 255;
      o += 4;
    }
  }
}
