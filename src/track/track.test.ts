import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES } from './keypoint-names';
import { makeTrack, parseTrack, recordedFps, roundFrame, serializeTrack, TrackFormatError, type PoseFrame, type PoseTrack } from './track';

function validTrack(): PoseTrack {
  const pose = (t: number): PoseFrame => ({
    t,
    keypoints: KEYPOINT_NAMES.map((_, i) => [0.5 + i / 1000, 0.4, -0.1, 0.9]),
    world: KEYPOINT_NAMES.map(() => [0.01, -0.5, 0.1]),
  });
  return makeTrack({ name: 'test', width: 1280, height: 720, fps: 30 }, { name: 'blazepose', variant: 'full', runtime: 'mediapipe' }, [
    pose(0),
    { t: 0.033, keypoints: null, world: null },
    pose(0.066),
    { t: 0.1, keypoints: pose(0.1).keypoints },
  ]);
}

/** Breaks one thing in a valid track and returns the reader's error. */
function errorFor(breakIt: (doc: any) => void): TrackFormatError {
  const doc = JSON.parse(JSON.stringify(validTrack()));
  breakIt(doc);
  try {
    parseTrack(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(TrackFormatError);
    return e as TrackFormatError;
  }
  throw new Error('parseTrack accepted a broken track');
}

describe('parseTrack', () => {
  it('accepts a valid track, with null frames and omitted world', () => {
    const track = parseTrack(validTrack());
    expect(track.frames).toHaveLength(4);
    expect(parseTrack(serializeTrack(validTrack())).frames[2].keypoints![0][0]).toBe(0.5);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseTrack('{"format": "pose-track",')).toThrow(/document: not valid JSON/);
  });

  const cases: [string, (d: any) => void, number | null, string, string][] = [
    ['a wrong format', (d) => (d.format = 'pose'), null, 'format', '"pose-track"'],
    ['a wrong version', (d) => (d.version = 2), null, 'version', 'must be 1'],
    ['a source without size', (d) => delete d.source.width, null, 'source.width', 'positive number'],
    ['a zero fps', (d) => (d.source.fps = 0), null, 'source.fps', 'positive number'],
    ['a model without runtime', (d) => delete d.model.runtime, null, 'model.runtime', 'string'],
    ['too few keypoint names', (d) => d.keypointNames.pop(), null, 'keypointNames', '33'],
    ['names out of order', (d) => ([d.keypointNames[1], d.keypointNames[2]] = [d.keypointNames[2], d.keypointNames[1]]), null, 'keypointNames[1]', 'left_eye_inner'],
    ['frames not an array', (d) => (d.frames = {}), null, 'frames', 'array'],
    ['a frame without t', (d) => delete d.frames[2].t, 2, 'frames[2].t', 'finite number'],
    ['t going back', (d) => (d.frames[2].t = 0.01), 2, 'frames[2].t', 'strictly increase'],
    ['t repeated', (d) => (d.frames[3].t = d.frames[2].t), 3, 'frames[3].t', 'strictly increase'],
    ['negative t', (d) => (d.frames[0].t = -1), 0, 'frames[0].t', 'negative'],
    ['keypoints missing', (d) => delete d.frames[1].keypoints, 1, 'frames[1].keypoints', 'missing'],
    ['32 keypoints', (d) => d.frames[0].keypoints.pop(), 0, 'frames[0].keypoints', '33 points'],
    ['a keypoint with 3 numbers', (d) => d.frames[2].keypoints[5].pop(), 2, 'frames[2].keypoints[5]', 'x, y, z, score'],
    ['a NaN-like coordinate', (d) => (d.frames[2].keypoints[4][1] = 'x'), 2, 'frames[2].keypoints[4][1]', 'finite number'],
    ['a score above 1', (d) => (d.frames[0].keypoints[3][3] = 1.5), 0, 'frames[0].keypoints[3][3]', 'outside 0..1'],
    ['a world point with 4 numbers', (d) => d.frames[0].world[7].push(1), 0, 'frames[0].world[7]', 'x, y, z'],
    ['world with no keypoints', (d) => (d.frames[1].world = d.frames[0].world), 1, 'frames[1].world', 'null when keypoints is null'],
  ];
  it.each(cases)('rejects %s, naming the frame and field', (_, breakIt, frame, field, message) => {
    const e = errorFor(breakIt);
    expect(e.frame).toBe(frame);
    expect(e.field).toBe(field);
    expect(e.message).toContain(message);
    if (frame !== null) expect(e.message).toContain(`frame ${frame}`);
  });
});

describe('writing', () => {
  it('rounds every number to 4 decimals', () => {
    const f = roundFrame({ t: 0.123456, keypoints: [[0.123456, 0.5, 0.000049, 0.99999]], world: [[1.23456789, 0, 0]] });
    expect(f).toEqual({ t: 0.1235, keypoints: [[0.1235, 0.5, 0, 1]], world: [[1.2346, 0, 0]] });
  });

  it('serialises a track the reader accepts, unchanged but for rounding', () => {
    const track = validTrack();
    const back = parseTrack(serializeTrack(track));
    expect(back.source).toEqual(track.source);
    expect(back.frames.map((f) => f.t)).toEqual([0, 0.033, 0.066, 0.1]);
    expect(back.frames[3].world).toBeUndefined();
  });
});

describe('recordedFps', () => {
  const at = (...ts: number[]) => ts.map((t) => ({ t, keypoints: null }));
  it('is frames per second over the recorded span, to 2 decimals', () => {
    expect(recordedFps(at(10, 10.1, 10.2, 10.3))).toBe(10);
    expect(recordedFps(at(0, 1, 2, 3))).toBe(1);
    expect(recordedFps(at(0, 0.3, 0.7))).toBe(2.86);
  });
  it('falls back when one frame (or no time) cannot tell', () => {
    expect(recordedFps(at(5))).toBe(30);
    expect(recordedFps(at(5, 5), 15)).toBe(15);
    expect(recordedFps([])).toBe(30);
  });
});
