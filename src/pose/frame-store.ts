/**
 * Recorded PoseFrames, stored compactly: chunks of typed arrays instead of an object per frame.
 * A value is kept as the 1e-4 step the pose-track writer rounds it to (an Int16), so a frame read
 * back serialises to exactly the JSON the original would have. 471 bytes a frame: a 30-minute
 * workout at 30 frames a second is about 25 MB. A frame that does not fit (not 33 points, or a value
 * beyond +-3.2767) is kept as it is.
 */
import { indexAtTime } from '../track/frame-index';
import { KEYPOINT_NAMES } from '../track/keypoint-names';
import type { Keypoint, PoseFrame, WorldPoint } from '../track/track';

const POINTS = KEYPOINT_NAMES.length;
const KEYPOINT_VALUES = POINTS * 4;
const PER_FRAME = KEYPOINT_VALUES + POINTS * 3;
const SCALE = 1e4;
const LIMIT = 32767;
/** Frames per chunk: 1024 frames is about 34 s at 30 fps and 480 kB. */
export const CHUNK_FRAMES = 1024;

const HAS_KEYPOINTS = 1;
const HAS_WORLD = 2;
const WORLD_NULL = 4;

interface Chunk {
  t: Float64Array;
  shape: Uint8Array;
  values: Int16Array;
}

const newChunk = (): Chunk => ({ t: new Float64Array(CHUNK_FRAMES), shape: new Uint8Array(CHUNK_FRAMES), values: new Int16Array(CHUNK_FRAMES * PER_FRAME) });

/** Writes the points' values at `offset`; false if one is out of range (the caller keeps the frame as it is). */
function writePoints(points: readonly number[][], width: number, out: Int16Array, offset: number): boolean {
  if (points.length !== POINTS) return false;
  for (let i = 0; i < POINTS; i++) {
    const p = points[i];
    for (let j = 0; j < width; j++) {
      const q = Math.round(p[j] * SCALE);
      if (!(q >= -LIMIT && q <= LIMIT)) return false;
      out[offset + i * width + j] = q;
    }
  }
  return true;
}

function readPoints<P extends Keypoint | WorldPoint>(values: Int16Array, offset: number, width: number): P[] {
  const points = new Array<P>(POINTS);
  for (let i = 0; i < POINTS; i++) {
    const p = new Array<number>(width);
    for (let j = 0; j < width; j++) p[j] = values[offset + i * width + j] / SCALE;
    points[i] = p as P;
  }
  return points;
}

export class FrameStore implements Iterable<PoseFrame> {
  /** A store holding `frames` (a recording read back from storage or a backup). */
  static from(frames: Iterable<PoseFrame>): FrameStore {
    const store = new FrameStore();
    for (const f of frames) store.push(f);
    return store;
  }

  private chunks: Chunk[] = [];
  private count = 0;
  /** Frames that did not fit the compact layout, by index. */
  private verbatim = new Map<number, PoseFrame>();

  get length(): number {
    return this.count;
  }

  /** Bytes held by the typed arrays (the compact part). */
  get byteLength(): number {
    return this.chunks.length * (CHUNK_FRAMES * (8 + 1) + CHUNK_FRAMES * PER_FRAME * 2);
  }

  push(frame: PoseFrame): void {
    const index = this.count++;
    const slot = index % CHUNK_FRAMES;
    if (slot === 0) this.chunks.push(newChunk());
    const chunk = this.chunks[this.chunks.length - 1];
    chunk.t[slot] = frame.t;
    const base = slot * PER_FRAME;
    let shape = 0;
    let fits = true;
    if (frame.keypoints) {
      shape |= HAS_KEYPOINTS;
      fits = writePoints(frame.keypoints, 4, chunk.values, base);
    }
    if (frame.world) {
      shape |= HAS_WORLD;
      fits &&= writePoints(frame.world, 3, chunk.values, base + KEYPOINT_VALUES);
    } else if (frame.world === null) shape |= WORLD_NULL;
    chunk.shape[slot] = shape;
    if (!fits) this.verbatim.set(index, frame);
  }

  at(index: number): PoseFrame {
    if (!(index >= 0 && index < this.count)) throw new RangeError(`frame ${index} of ${this.count}`);
    const kept = this.verbatim.get(index);
    if (kept) return kept;
    const chunk = this.chunks[Math.floor(index / CHUNK_FRAMES)];
    const slot = index % CHUNK_FRAMES;
    const shape = chunk.shape[slot];
    const base = slot * PER_FRAME;
    const frame: PoseFrame = { t: chunk.t[slot], keypoints: shape & HAS_KEYPOINTS ? readPoints<Keypoint>(chunk.values, base, 4) : null };
    if (shape & HAS_WORLD) frame.world = readPoints<WorldPoint>(chunk.values, base + KEYPOINT_VALUES, 3);
    else if (shape & WORLD_NULL) frame.world = null;
    return frame;
  }

  /** Time of frame `index` without building the frame. */
  timeAt(index: number): number {
    const kept = this.verbatim.get(index);
    return kept ? kept.t : this.chunks[Math.floor(index / CHUNK_FRAMES)].t[index % CHUNK_FRAMES];
  }

  /** Time of the last frame, -Infinity when empty. */
  lastT(): number {
    return this.count ? this.timeAt(this.count - 1) : -Infinity;
  }

  /** Index of the last frame at or before `t` (0 when every frame is later). */
  indexAt(t: number): number {
    return indexAtTime(this.count, t, (i) => this.timeAt(i));
  }

  /** Frames `from` .. `to` (exclusive) as objects, like Array.prototype.slice. */
  slice(from = 0, to = this.count): PoseFrame[] {
    const end = Math.min(to, this.count);
    const out: PoseFrame[] = [];
    for (let i = Math.max(0, from); i < end; i++) out.push(this.at(i));
    return out;
  }

  toArray(): PoseFrame[] {
    return this.slice();
  }

  /** A backup (JSON) holds the frames themselves. */
  toJSON(): PoseFrame[] {
    return this.toArray();
  }

  *[Symbol.iterator](): Iterator<PoseFrame> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  clear(): void {
    this.chunks = [];
    this.count = 0;
    this.verbatim.clear();
  }
}
