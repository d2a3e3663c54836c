/**
 * Pose track v1 (shared/design/pose-track.md): what the pose pipeline saw, one JSON document per
 * recording. This file holds the types every part shares, the writer, and the strict reader.
 */
import { KEYPOINT_NAMES } from './keypoint-names';

/** [x, y, z, score]: x, y normalised to 0..1 of the frame, z in the model's image-relative scale. */
export type Keypoint = [number, number, number, number];
/** [x, y, z] metres, hip-centred (BlazePose keypoints3D). */
export type WorldPoint = [number, number, number];

export interface PoseFrame {
  /** Seconds from the start of the recording; strictly increasing. */
  t: number;
  /** 33 keypoints, or null when no person was found. */
  keypoints: Keypoint[] | null;
  world?: WorldPoint[] | null;
}

export interface TrackSource {
  name: string;
  width: number;
  height: number;
  fps: number;
}

export interface TrackModel {
  name: string;
  variant: string;
  runtime: string;
}

export interface PoseTrack {
  format: 'pose-track';
  version: 1;
  source: TrackSource;
  model: TrackModel;
  keypointNames: string[];
  frames: PoseFrame[];
}

export class TrackFormatError extends Error {
  constructor(
    message: string,
    /** Index of the offending frame, or null for a header field. */
    readonly frame: number | null,
    /** JSON path of the offending field, e.g. `frames[12].keypoints[3][1]`. */
    readonly field: string,
  ) {
    super(message);
    this.name = 'TrackFormatError';
  }
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** The frame rate of recorded frames, to 2 decimals, for a track header; 30 when it cannot be told. */
export function recordedFps(frames: readonly PoseFrame[], fallback = 30): number {
  const span = frames.length > 1 ? frames[frames.length - 1].t - frames[0].t : 0;
  return span > 0 ? Math.round(((frames.length - 1) / span) * 100) / 100 || fallback : fallback;
}

export function makeTrack(source: TrackSource, model: TrackModel, frames: PoseFrame[]): PoseTrack {
  return { format: 'pose-track', version: 1, source, model, keypointNames: [...KEYPOINT_NAMES], frames };
}

/** Rounds every number to 4 decimals, as the format asks. */
export function roundFrame(frame: PoseFrame): PoseFrame {
  const out: PoseFrame = {
    t: round4(frame.t),
    keypoints: frame.keypoints ? frame.keypoints.map((k) => k.map(round4) as Keypoint) : null,
  };
  if (frame.world !== undefined) out.world = frame.world ? frame.world.map((w) => w.map(round4) as WorldPoint) : null;
  return out;
}

export function serializeTrack(track: PoseTrack): string {
  const rounded = { ...track, frames: track.frames.map(roundFrame) };
  // One frame a line keeps files diffable and readable without costing much space.
  const { frames, ...header } = rounded;
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"frames":[\n${frames.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function fail(message: string, frame: number | null, field: string): never {
  const where = frame === null ? field : `frame ${frame} (${field})`;
  throw new TrackFormatError(`Invalid pose track: ${where}: ${message}`, frame, field);
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkPoints(value: unknown, dims: 3 | 4, frame: number, field: string): void {
  if (!Array.isArray(value)) fail('must be an array or null', frame, field);
  if (value.length !== KEYPOINT_NAMES.length) fail(`must hold ${KEYPOINT_NAMES.length} points, has ${value.length}`, frame, field);
  for (let i = 0; i < value.length; i++) {
    const p = value[i];
    if (!Array.isArray(p) || p.length !== dims) fail(`must be [${dims === 4 ? 'x, y, z, score' : 'x, y, z'}]`, frame, `${field}[${i}]`);
    for (let d = 0; d < dims; d++) {
      if (!isFiniteNumber(p[d])) fail('must be a finite number', frame, `${field}[${i}][${d}]`);
    }
    if (dims === 4 && (p[3] < 0 || p[3] > 1)) fail(`score ${p[3]} is outside 0..1`, frame, `${field}[${i}][3]`);
  }
}

/**
 * Checks every rule of the format and returns the track typed, or throws a TrackFormatError naming
 * the frame and field. Accepts a parsed object or the JSON text.
 */
export function parseTrack(input: unknown): PoseTrack {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      fail(`not valid JSON (${(e as Error).message})`, null, 'document');
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) fail('must be a JSON object', null, 'document');
  const d = doc as Record<string, unknown>;
  if (d.format !== 'pose-track') fail(`must be "pose-track", is ${JSON.stringify(d.format)}`, null, 'format');
  if (d.version !== 1) fail(`must be 1, is ${JSON.stringify(d.version)}`, null, 'version');

  const source = d.source as Record<string, unknown> | undefined;
  if (typeof source !== 'object' || source === null) fail('must be an object', null, 'source');
  if (typeof source.name !== 'string') fail('must be a string', null, 'source.name');
  for (const k of ['width', 'height', 'fps'] as const) {
    if (!isFiniteNumber(source[k]) || (source[k] as number) <= 0) fail('must be a positive number', null, `source.${k}`);
  }
  const model = d.model as Record<string, unknown> | undefined;
  if (typeof model !== 'object' || model === null) fail('must be an object', null, 'model');
  for (const k of ['name', 'variant', 'runtime'] as const) {
    if (typeof model[k] !== 'string') fail('must be a string', null, `model.${k}`);
  }
  const names = d.keypointNames;
  if (!Array.isArray(names) || names.length !== KEYPOINT_NAMES.length) {
    fail(`must list the ${KEYPOINT_NAMES.length} BlazePose names`, null, 'keypointNames');
  }
  names.forEach((n, i) => {
    if (n !== KEYPOINT_NAMES[i]) fail(`must be "${KEYPOINT_NAMES[i]}", is ${JSON.stringify(n)}`, null, `keypointNames[${i}]`);
  });

  if (!Array.isArray(d.frames)) fail('must be an array', null, 'frames');
  let lastT = -Infinity;
  d.frames.forEach((f: unknown, i: number) => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) fail('must be an object', i, `frames[${i}]`);
    const frame = f as Record<string, unknown>;
    if (!isFiniteNumber(frame.t)) fail('must be a finite number', i, `frames[${i}].t`);
    if (frame.t < 0) fail(`must not be negative, is ${frame.t}`, i, `frames[${i}].t`);
    if (frame.t <= lastT) fail(`must strictly increase (${frame.t} after ${lastT})`, i, `frames[${i}].t`);
    lastT = frame.t;
    if (!('keypoints' in frame)) fail('is missing (use null when no person was found)', i, `frames[${i}].keypoints`);
    if (frame.keypoints !== null) checkPoints(frame.keypoints, 4, i, `frames[${i}].keypoints`);
    if (frame.world !== undefined && frame.world !== null) {
      if (frame.keypoints === null) fail('must be null when keypoints is null', i, `frames[${i}].world`);
      checkPoints(frame.world, 3, i, `frames[${i}].world`);
    }
  });
  return d as unknown as PoseTrack;
}
