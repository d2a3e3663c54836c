/**
 * The standing warm-ups' moves as a front or side camera sees them, in pixels: each out-of-plane
 * field moves what it says and nothing else, the front camera shows the body's left on the image
 * right, and path reps go round (forward or reversed) and change hands when the spec says.
 */
import { describe, expect, it } from 'vitest';
import type { PoseFrame, PoseTrack } from '../track/track';
import { SignedArea } from '../engine/signed-area';
import { synthesizeTrack } from './index';
import { direction, distance, pixel, type Point } from './measure';

function clip(exercise: string, options: { reps?: number; faults?: string[]; reverse?: boolean; reverseFrom?: number } = {}) {
  return synthesizeTrack({ exercise, reps: options.reps ?? 1, fps: 30, faults: options.faults, reverse: options.reverse, reverseFrom: options.reverseFrom });
}

const mid = (f: PoseFrame, a: string, b: string): Point => {
  const p = pixel(f, a as never);
  const q = pixel(f, b as never);
  return [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
};

/** The frame of a track where `measure` is largest. */
const argMax = (track: PoseTrack, measure: (f: PoseFrame) => number): PoseFrame =>
  track.frames.reduce((best, f) => (measure(f) > measure(best) ? f : best));

describe('front camera', () => {
  it("shows the body's left on the image right, both sides scored alike", () => {
    const f = clip('shoulder-shrugs').track.frames[0];
    expect(pixel(f, 'left_shoulder')[0] - pixel(f, 'right_shoulder')[0]).toBeGreaterThan(40);
    expect(pixel(f, 'left_hip')[0]).toBeGreaterThan(pixel(f, 'right_hip')[0]);
    expect(Math.abs(f.keypoints![15][3] - f.keypoints![16][3])).toBeLessThan(0.1);
  });

  it('keeps a standing person with the arms overhead inside the frame', () => {
    const { track } = clip('breath-arm-raise');
    for (const f of track.frames) for (const k of f.keypoints!) expect(k[1]).toBeGreaterThan(0), expect(k[1]).toBeLessThan(1);
  });
});

describe('out-of-plane moves', () => {
  it('shoulderLift raises the shoulders and not the head', () => {
    const { track } = clip('shoulder-shrugs');
    const rest = track.frames[0];
    const top = argMax(track, (f) => pixel(f, 'left_shoulder')[1]);
    expect(pixel(top, 'left_shoulder')[1] - pixel(rest, 'left_shoulder')[1]).toBeGreaterThan(12);
    expect(Math.abs(pixel(top, 'left_ear')[1] - pixel(rest, 'left_ear')[1])).toBeLessThan(1);
  });

  it('headTilt tips the ear line ~30° each way; neck extension lifts the nose', () => {
    const { track } = clip('head-tilts');
    const earTilt = (f: PoseFrame) => direction(pixel(f, 'right_ear'), pixel(f, 'left_ear'));
    const tilts = track.frames.map(earTilt);
    expect(Math.max(...tilts)).toBeGreaterThan(25);
    expect(Math.min(...tilts)).toBeLessThan(-25);
    const noseOverEars = (f: PoseFrame) => pixel(f, 'nose')[1] - mid(f, 'left_ear', 'right_ear')[1];
    const lift = track.frames.map(noseOverEars);
    expect(Math.max(...lift) - Math.min(...lift)).toBeGreaterThan(10);
  });

  it('abduct takes the arms out and up overhead', () => {
    const { track } = clip('breath-arm-raise');
    const top = argMax(track, (f) => pixel(f, 'left_wrist')[1]);
    expect(pixel(top, 'left_wrist')[1]).toBeGreaterThan(pixel(top, 'nose')[1] + 60);
    expect(pixel(track.frames[0], 'left_wrist')[1]).toBeLessThan(pixel(track.frames[0], 'left_hip')[1]);
  });

  it('twist turns the shoulders until they look narrow from the front', () => {
    const { track } = clip('twist-swings');
    const width = (f: PoseFrame) => Math.abs(pixel(f, 'left_shoulder')[0] - pixel(f, 'right_shoulder')[0]);
    expect(Math.min(...track.frames.map(width))).toBeLessThan(0.35 * width(track.frames[0]));
  });

  it('sideBend tilts the shoulder line against the hips', () => {
    const lean = clip('breathing-reset', { faults: ['leaning'] }).track.frames[0];
    const tilt = direction(pixel(lean, 'right_shoulder'), pixel(lean, 'left_shoulder')) - direction(pixel(lean, 'right_hip'), pixel(lean, 'left_hip'));
    expect(Math.abs(tilt)).toBeGreaterThan(5);
  });

  it('hipShift moves the hips both ways while the feet stay put', () => {
    const { track } = clip('hip-circles');
    const hipX = track.frames.map((f) => mid(f, 'left_hip', 'right_hip')[0]);
    expect(Math.max(...hipX) - Math.min(...hipX)).toBeGreaterThan(40);
    const ankle = track.frames.map((f) => pixel(f, 'left_ankle')[0]);
    expect(Math.max(...ankle) - Math.min(...ankle)).toBeLessThan(3);
  });
});

describe('path reps', () => {
  /** Area the near wrist sweeps about the shoulder over the clip, in the image (y up). */
  const wristArea = (track: PoseTrack): number => {
    const area = new SignedArea();
    for (const f of track.frames) {
      const w = pixel(f, 'right_wrist');
      const s = pixel(f, 'right_shoulder');
      area.add(w[0] - s[0], w[1] - s[1]);
    }
    return area.area;
  };

  it('arm circles go all the way round, and the other way when reversed', () => {
    const forward = wristArea(clip('arm-circles', { reps: 3 }).track);
    const backward = wristArea(clip('arm-circles', { reps: 3, reverse: true }).track);
    // Three circles of a ~170 px arm: about 3 x pi x 170^2 either way.
    expect(Math.abs(forward)).toBeGreaterThan(150_000);
    expect(Math.sign(forward)).toBe(-Math.sign(backward));
    expect(Math.abs(backward) / Math.abs(forward)).toBeCloseTo(1, 1);
  });

  it('reverseFrom turns the circles round mid-set', () => {
    const { track, truth } = clip('arm-circles', { reps: 4, reverse: true, reverseFrom: 2 });
    const half = truth.repIntervals[2].start;
    const before = wristArea({ ...track, frames: track.frames.filter((f) => f.t < half) });
    const after = wristArea({ ...track, frames: track.frames.filter((f) => f.t >= half) });
    expect(Math.sign(before)).toBe(-Math.sign(after));
  });

  it('kneeling arm circles: five with the left arm circling, then the hands change', () => {
    const { track, truth } = clip('kneeling-arm-circles', { reps: 10 });
    expect(truth.repIntervals.map((r) => r.side).join(',')).toBe('left,left,left,left,left,right,right,right,right,right');
    const raised = (t: number) => {
      const f = track.frames.find((g) => g.t >= t)!;
      return pixel(f, 'right_wrist')[1] > pixel(f, 'nose')[1] ? 'right' : pixel(f, 'left_wrist')[1] > pixel(f, 'nose')[1] ? 'left' : 'none';
    };
    expect(raised(truth.repIntervals[0].start)).toBe('right');
    expect(raised(truth.repIntervals[9].start)).toBe('left');
  });

  it('moves between waypoints at a steady speed (no stop at each quarter of a circle)', () => {
    const { track, truth } = clip('arm-circles', { reps: 1 });
    const rep = truth.repIntervals[0];
    const inner = track.frames.filter((f) => f.t > rep.start + 0.6 && f.t < rep.end - 0.6);
    const steps = inner.slice(1).map((f, i) => distance(pixel(f, 'right_wrist'), pixel(inner[i], 'right_wrist')));
    expect(Math.min(...steps)).toBeGreaterThan(0.6 * Math.max(...steps));
  });
});
