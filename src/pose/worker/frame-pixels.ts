/**
 * A transferred frame as RGBA pixels at the detector's input size, by the cheaper of two ways: a
 * camera's YUV VideoFrame is copied out once (copyTo) and scaled and converted in one pass
 * (yuv-to-rgba.ts); anything else is drawn onto a CPU canvas and read back. Buffers are kept from
 * frame to frame: the detector reads the pixels before the next frame is taken.
 */
import { isYuvFormat, yuvToRgba } from './yuv-to-rgba';

export interface FramePixels {
  pixels: ImageData;
  /** Scaling and conversion to RGBA (a canvas draw, or the YUV pass). */
  drawMs: number;
  /** Copying the pixels out (getImageData, or VideoFrame.copyTo). */
  readMs: number;
}

let canvas: OffscreenCanvas | null = null;
let ctx: OffscreenCanvasRenderingContext2D | null = null;
let planes = new Uint8Array(0);
let rgba: ImageData | null = null;

function fromCanvas(image: VideoFrame | ImageBitmap, width: number, height: number): FramePixels {
  if (!canvas || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    // CPU-backed, so the read-back below is a plain copy rather than a GPU download.
    ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  const t0 = performance.now();
  ctx!.drawImage(image, 0, 0, width, height);
  const t1 = performance.now();
  const pixels = ctx!.getImageData(0, 0, width, height);
  return { pixels, drawMs: t1 - t0, readMs: performance.now() - t1 };
}

async function fromYuv(frame: VideoFrame, width: number, height: number): Promise<FramePixels> {
  const t0 = performance.now();
  const size = frame.allocationSize();
  if (planes.length < size) planes = new Uint8Array(size);
  const layout = await frame.copyTo(planes);
  const t1 = performance.now();
  if (!rgba || rgba.width !== width || rgba.height !== height) rgba = new ImageData(width, height);
  const { visibleRect, colorSpace } = frame;
  yuvToRgba(
    {
      format: frame.format as 'I420' | 'NV12',
      width: visibleRect!.width,
      height: visibleRect!.height,
      data: planes,
      layout,
      matrix: colorSpace.matrix === 'bt709' ? 'bt709' : 'bt601',
      fullRange: colorSpace.fullRange === true,
    },
    width,
    height,
    rgba.data,
  );
  return { pixels: rgba, drawMs: performance.now() - t1, readMs: t1 - t0 };
}

/** The frame's pixels at width x height; the frame is closed. */
export async function framePixels(image: VideoFrame | ImageBitmap, width: number, height: number): Promise<FramePixels> {
  try {
    const yuv = typeof VideoFrame !== 'undefined' && image instanceof VideoFrame && isYuvFormat(image.format) && image.visibleRect!.width >= width;
    return yuv ? await fromYuv(image as VideoFrame, width, height) : fromCanvas(image, width, height);
  } finally {
    image.close();
  }
}
