import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, KP, MIRROR_INDEX } from '../track/keypoint-names';
import { parseTrack, serializeTrack, type PoseTrack } from '../track/track';
import { BODY } from './body';
import { demoTrack, poseAt, SYNTH_EXERCISES, synthesizeTrack } from './index';
import { distance, frameAt, middle, pixel } from './measure';

const REQUIRED = ['bird-dog', 'glute-bridge', 'superman', 'prone-head-raise'];
const HOLD_DEFAULTS: Record<string, number> = { 'bird-dog': 3, superman: 15, 'prone-head-raise': 10 };

const present = (track: PoseTrack) => track.frames.filter((f) => f.keypoints !== null);

describe('synthesizeTrack: format', () => {
  it('offers the four required exercises', () => {
    expect(SYNTH_EXERCISES).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('has a motion for each file in src/synth/exercises, found without a list', () => {
    const files = readdirSync(join(import.meta.dirname, 'exercises')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect([...SYNTH_EXERCISES].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each(SYNTH_EXERCISES)('%s: passes parseTrack, as an object and as text', (exercise) => {
    const { track } = synthesizeTrack({ exercise, reps: 2, fps: 15, noise: 0.002, unevenSpacing: true, walkOut: true });
    expect(() => parseTrack(track)).not.toThrow();
    const text = serializeTrack(track);
    expect(parseTrack(text)).toEqual(track); // already rounded: serialising changes nothing
    expect(track.frames[0].keypoints).toHaveLength(KEYPOINT_NAMES.length);
  });

  it('rejects unknown exercises and faults, and out-of-range fps', () => {
    expect(() => synthesizeTrack({ exercise: 'handstand' })).toThrow(/handstand/);
    expect(() => synthesizeTrack({ exercise: 'glute-bridge', faults: ['leg-bent'] })).toThrow(/leg-bent/);
    expect(() => synthesizeTrack({ exercise: 'glute-bridge', fps: 2 })).toThrow(/fps/);
  });
});

describe('synthesizeTrack: time and determinism', () => {
  it('gives identical tracks for identical options, different ones for another seed', () => {
    const options = { exercise: 'bird-dog', reps: 2, noise: 0.003, unevenSpacing: true, seed: 7 };
    const a = serializeTrack(synthesizeTrack(options).track);
    expect(serializeTrack(synthesizeTrack(options).track)).toBe(a);
    expect(serializeTrack(synthesizeTrack({ ...options, seed: 8 }).track)).not.toBe(a);
  });

  it.each([5, 15, 30, 60])('t strictly increases at %i fps, spaced 1/fps', (fps) => {
    const { track } = synthesizeTrack({ exercise: 'glute-bridge', reps: 2, fps });
    const gaps = track.frames.slice(1).map((f, i) => f.t - track.frames[i].t);
    for (const gap of gaps) expect(gap).toBeCloseTo(1 / fps, 3);
    expect(track.source.fps).toBe(fps);
  });

  it.each([5, 30, 60])('uneven spacing at %i fps: gaps between 0.5x and 2x, t still increasing', (fps) => {
    const { track } = synthesizeTrack({ exercise: 'superman', reps: 1, holdSeconds: 3, fps, unevenSpacing: true, seed: 3 });
    const gaps = track.frames.slice(1).map((f, i) => f.t - track.frames[i].t);
    expect(Math.min(...gaps)).toBeGreaterThan(0);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(0.5 / fps - 1e-4);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2 / fps + 1e-4);
    expect(new Set(gaps.map((g) => g.toFixed(4))).size).toBeGreaterThan(5); // really uneven
  });
});

describe('synthesizeTrack: truth', () => {
  it.each(REQUIRED)('%s: reps and holds follow the options', (exercise) => {
    const { truth, track } = synthesizeTrack({ exercise, reps: 3, fps: 15 });
    expect(truth.reps).toBe(3);
    expect(truth.repIntervals).toHaveLength(3);
    const end = track.frames[track.frames.length - 1].t;
    truth.repIntervals.forEach((r, i) => {
      expect(r.end).toBeGreaterThan(r.start);
      expect(r.end).toBeLessThan(end);
      if (i > 0) expect(r.start).toBeGreaterThan(truth.repIntervals[i - 1].end);
    });
    const hold = HOLD_DEFAULTS[exercise];
    if (hold === undefined) {
      expect(truth.holds).toEqual([]);
    } else {
      expect(truth.holds).toHaveLength(3);
      for (const h of truth.holds) expect(h.end - h.start).toBeCloseTo(hold, 3);
      truth.holds.forEach((h, i) => {
        expect(h.start).toBeGreaterThan(truth.repIntervals[i].start);
        expect(h.end).toBeLessThan(truth.repIntervals[i].end);
      });
    }
  });

  it('holdSeconds overrides the default; hold-short holds 40% of it', () => {
    const full = synthesizeTrack({ exercise: 'superman', reps: 2, holdSeconds: 5 }).truth;
    expect(full.holds.map((h) => +(h.end - h.start).toFixed(3))).toEqual([5, 5]);
    const short = synthesizeTrack({ exercise: 'superman', reps: 2, holdSeconds: 5, faults: ['hold-short'] }).truth;
    expect(short.holds.map((h) => +(h.end - h.start).toFixed(3))).toEqual([2, 2]);
    expect(short.faults).toEqual(['hold-short']);
  });

  it('bird-dog alternates sides, starting with the leg nearer the camera', () => {
    expect(synthesizeTrack({ exercise: 'bird-dog', reps: 3, side: 'left' }).truth.repIntervals.map((r) => r.side)).toEqual(['left', 'right', 'left']);
    expect(synthesizeTrack({ exercise: 'bird-dog', reps: 2, side: 'right' }).truth.repIntervals.map((r) => r.side)).toEqual(['right', 'left']);
  });

  it('bird-dog: the leg named in the truth is the one that rises', () => {
    for (const mirrored of [false, true]) {
      const { track, truth } = synthesizeTrack({ exercise: 'bird-dog', reps: 2, side: 'left', mirrored });
      for (const [i, hold] of truth.holds.entries()) {
        const side = truth.repIntervals[i].side!;
        const other = side === 'left' ? 'right' : 'left';
        const f = frameAt(track, middle(hold));
        expect(pixel(f, `${side}_ankle`)[1] - pixel(f, `${other}_ankle`)[1]).toBeGreaterThan(100);
      }
    }
  });

  /** Warm-ups whose whole movement is a few centimetres: shoulders, a breath, the head. */
  const SMALL_MOVES: Record<string, number> = { 'breathing-reset': 4, 'shoulder-shrugs': 10, 'shoulder-circles': 10, 'head-tilts': 10 };

  it.each(SYNTH_EXERCISES)('%s: the body moves during truth holds/reps and is at rest between', (exercise) => {
    const { track, truth } = synthesizeTrack({ exercise, reps: 2, fps: 30 });
    const first = track.frames[0];
    const moved = (t: number) => {
      const f = frameAt(track, t);
      // Largest displacement of any landmark from the starting pose, in pixels.
      return Math.max(...KEYPOINT_NAMES.map((n) => distance(pixel(f, n), pixel(first, n))));
    };
    truth.repIntervals.forEach((rep, i) => {
      const during = track.frames.filter((f) => f.t > rep.start && f.t < rep.end).map((f) => moved(f.t));
      expect(Math.max(...during)).toBeGreaterThan(SMALL_MOVES[exercise] ?? 25);
      // Just outside the rep, unless the next rep follows at once (circles and steps run on).
      const before = i === 0 ? 0.05 : Math.min(0.05, (rep.start - truth.repIntervals[i - 1].end) / 2);
      const next = truth.repIntervals[i + 1];
      const after = next ? Math.min(0.05, (next.start - rep.end) / 2) : 0.05;
      expect(moved(rep.start - before)).toBeLessThan(2);
      expect(moved(rep.end + after)).toBeLessThan(2);
    });
  });
});

describe('synthesizeTrack: camera', () => {
  it.each(REQUIRED)('%s: mirrored swaps left/right labels and x', (exercise) => {
    const options = { exercise, reps: 1, fps: 10, noise: 0.002, seed: 5 };
    const plain = synthesizeTrack(options).track;
    const mirrored = synthesizeTrack({ ...options, mirrored: true }).track;
    plain.frames.forEach((f, j) => {
      const m = mirrored.frames[j];
      MIRROR_INDEX.forEach((from, i) => {
        const [x, y, z, score] = f.keypoints![from];
        expect(m.keypoints![i][0]).toBeCloseTo(1 - x, 4);
        expect(m.keypoints![i].slice(1)).toEqual([y, z, score]);
        expect(m.world![i][0]).toBeCloseTo(-f.world![from][0], 4);
      });
    });
    // Not a no-op: the left shoulder really moved to the other label.
    expect(mirrored.frames[0].keypoints![KP.left_shoulder]).not.toEqual(plain.frames[0].keypoints![KP.left_shoulder]);
  });

  it.each([
    ['left', 'right'],
    ['right', 'left'],
    ['left', 'left'],
    ['right', 'right'],
  ] as const)('side %s, facing %s: near side confident and nearer, head that way', (side, facing) => {
    for (const exercise of REQUIRED) {
      const f = synthesizeTrack({ exercise, reps: 1, side, facing }).track.frames[0];
      const far = side === 'left' ? 'right' : 'left';
      const kp = (name: string) => f.keypoints![KEYPOINT_NAMES.indexOf(name as never)];
      expect(kp(`${side}_shoulder`)[3]).toBeGreaterThan(0.9);
      expect(kp(`${far}_wrist`)[3]).toBeLessThan(0.8);
      expect(kp(`${side}_hip`)[2]).toBeLessThan(kp(`${far}_hip`)[2]); // BlazePose: smaller z = nearer
      const headX = kp('nose')[0];
      const hipX = (kp('left_hip')[0] + kp('right_hip')[0]) / 2;
      expect(facing === 'right' ? headX > hipX : headX < hipX).toBe(true);
    }
  });

  it('picks a consistent side from facing alone: face-down head right shows the right side', () => {
    const prone = synthesizeTrack({ exercise: 'superman', reps: 1, facing: 'right' }).track.frames[0];
    expect(prone.keypoints![KP.right_shoulder][3]).toBeGreaterThan(prone.keypoints![KP.left_shoulder][3]);
    const supine = synthesizeTrack({ exercise: 'glute-bridge', reps: 1, facing: 'right' }).track.frames[0];
    expect(supine.keypoints![KP.left_shoulder][3]).toBeGreaterThan(supine.keypoints![KP.right_shoulder][3]);
  });

  it('scale 0.5 halves the body in the image; offset moves it', () => {
    const size = (scale: number, offset = { x: 0, y: 0 }) => {
      const f = synthesizeTrack({ exercise: 'superman', reps: 1, scale, offset }).track.frames[0];
      return { length: distance(pixel(f, 'right_shoulder'), pixel(f, 'right_ankle')), x: pixel(f, 'right_hip')[0] };
    };
    const near = size(1);
    expect(size(0.5).length / near.length).toBeCloseTo(0.5, 1);
    expect(size(1, { x: 0.1, y: 0 }).x - near.x).toBeCloseTo(128, 0);
    // Scale 1: a body length (head to feet, 1.75 m) spans about 60% of the width.
    expect(near.length / 1280).toBeGreaterThan(0.4);
    expect(near.length / 1280).toBeLessThan(0.6);
  });

  it('world is metres, hip-centred, with the real segment lengths', () => {
    for (const exercise of REQUIRED) {
      const f = synthesizeTrack({ exercise, reps: 1 }).track.frames[0];
      const w = (i: number) => f.world![i];
      const hipMid = [0, 1, 2].map((d) => (w(KP.left_hip)[d] + w(KP.right_hip)[d]) / 2);
      for (const v of hipMid) expect(Math.abs(v)).toBeLessThan(1e-3);
      const len = (a: number, b: number) => Math.hypot(...[0, 1, 2].map((d) => w(a)[d] - w(b)[d]));
      expect(len(KP.right_knee, KP.right_ankle)).toBeCloseTo(BODY.shank, 1);
      expect(len(KP.left_shoulder, KP.left_elbow)).toBeCloseTo(BODY.upperArm, 1);
    }
  });

  it('keypoint z is hip-centred depth with BlazePose\'s ~3x gain over the x scale', () => {
    const f = synthesizeTrack({ exercise: 'glute-bridge', reps: 1 }).track.frames[0];
    const k = f.keypoints!;
    const w = f.world!;
    const xPerMetre = Math.abs(k[KP.left_shoulder][0] - k[KP.left_hip][0]) / Math.abs(w[KP.left_shoulder][0] - w[KP.left_hip][0]);
    const zSpread = k[KP.right_shoulder][2] - k[KP.left_shoulder][2];
    const depthSpread = w[KP.right_shoulder][2] - w[KP.left_shoulder][2];
    expect(zSpread / (depthSpread * xPerMetre)).toBeGreaterThan(2.5);
    expect(zSpread / (depthSpread * xPerMetre)).toBeLessThan(3.5);
    expect(k[KP.left_hip][2] + k[KP.right_hip][2]).toBeCloseTo(0, 3);
  });
});

describe('synthesizeTrack: disturbances', () => {
  it('drop-outs give null keypoints and world inside the interval only', () => {
    const dropouts = [{ start: 2, duration: 1.5 }];
    const { track } = synthesizeTrack({ exercise: 'glute-bridge', reps: 2, fps: 15, dropouts });
    for (const f of track.frames) {
      const inside = f.t >= 2 && f.t < 3.5;
      expect(f.keypoints === null).toBe(inside);
      if (inside) expect(f.world).toBeNull();
    }
  });

  it('a drop-out does not change the frames outside it', () => {
    const options = { exercise: 'bird-dog', reps: 1, noise: 0.003, seed: 2 };
    const clean = synthesizeTrack(options).track.frames;
    const dropped = synthesizeTrack({ ...options, dropouts: [{ start: 1, duration: 1 }] }).track.frames;
    expect(dropped.filter((f) => f.t >= 2)).toEqual(clean.filter((f) => f.t >= 2));
  });

  it('noise has about the requested sigma on x and y', () => {
    const options = { exercise: 'superman', reps: 1, holdSeconds: 2, seed: 4 };
    const clean = synthesizeTrack(options).track.frames;
    const noisy = synthesizeTrack({ ...options, noise: 0.004 }).track.frames;
    const dx = noisy.flatMap((f, j) => f.keypoints!.map((k, i) => k[0] - clean[j].keypoints![i][0]));
    const sigma = Math.sqrt(dx.reduce((s, d) => s + d * d, 0) / dx.length);
    expect(sigma).toBeGreaterThan(0.0035);
    expect(sigma).toBeLessThan(0.0045);
  });

  it.each(REQUIRED)('%s: walk-out leaves the frame and comes back to rest, adding no rep', (exercise) => {
    const plain = synthesizeTrack({ exercise, reps: 2, fps: 15 });
    const { track, truth } = synthesizeTrack({ exercise, reps: 2, fps: 15, walkOut: true });
    expect(truth.reps).toBe(2);
    expect(truth.repIntervals).toEqual(plain.truth.repIntervals);
    const during = track.frames.filter((f) => f.t > truth.walkOut!.start && f.t < truth.walkOut!.end);
    expect(during.some((f) => f.keypoints === null)).toBe(true);
    // On the way out, landmarks beyond the edge are reported with low scores.
    const partial = during.filter((f) => f.keypoints?.some((k) => k[0] < 0 || k[0] > 1));
    expect(partial.length).toBeGreaterThan(0);
    for (const f of partial) for (const k of f.keypoints!) if (k[0] < 0 || k[0] > 1) expect(k[3]).toBeLessThan(0.3);
    // Lying at rest again at the end, where the first frame lay.
    const last = track.frames[track.frames.length - 1];
    expect(distance(pixel(last, 'left_hip'), pixel(track.frames[0], 'left_hip'))).toBeLessThan(1);
  });
});

describe('demoTrack and poseAt', () => {
  it.each(SYNTH_EXERCISES)('%s: demo is a short clean loop', (exercise) => {
    const track = demoTrack(exercise);
    expect(() => parseTrack(track)).not.toThrow();
    const frames = present(track);
    expect(frames).toHaveLength(track.frames.length);
    const duration = track.frames[track.frames.length - 1].t;
    expect(duration).toBeLessThan(12);
    const first = frames[0];
    const last = frames[frames.length - 1];
    for (const n of KEYPOINT_NAMES) expect(distance(pixel(first, n), pixel(last, n))).toBeLessThan(1);
  });

  it('poseAt gives rest at phase 0 and the top in the middle', () => {
    const rest = poseAt('glute-bridge', 0);
    const top = poseAt('glute-bridge', 0.5);
    expect(pixel(top, 'left_hip')[1] - pixel(rest, 'left_hip')[1]).toBeGreaterThan(50);
  });
});
