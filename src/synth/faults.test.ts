/**
 * Each fault must change the picture by a clear margin, measured plainly on the near side in
 * pixels at the middle of the first rep's top (or on timing). Deliberately simple measures: these
 * check the synthetic motion, they are not the engine's rules.
 */
import { describe, expect, it } from 'vitest';
import type { PoseFrame } from '../track/track';
import { synthesizeTrack } from './index';
import { angleAt, direction, distance, frameAt, middle, pixel, sideOfLine, type Point } from './measure';
import { SYNTH_SPECS } from './exercises';
import type { Side } from './types';

/**
 * The first rep's top: middle of its hold, or of the short pause for dynamic exercises. Every
 * picture here has the head to the image right, so "up the image" and "clockwise" are fixed.
 */
function topFrame(exercise: string, faults: string[] = []): PoseFrame {
  const { track, truth } = synthesizeTrack({ exercise, reps: 1, faults, facing: 'right', fps: 30 });
  const rep = truth.repIntervals[0];
  const spec = SYNTH_SPECS[exercise];
  const hold = truth.holds[0] ?? { start: rep.start + spec.timing.rise, end: rep.start + spec.timing.rise + spec.timing.top };
  return frameAt(track, middle(hold));
}

/** Facing right, the camera sees the left side of a supine body and the right side of a prone one. */
const nearSide = (exercise: string): Side => (SYNTH_SPECS[exercise].front === 'ceiling' ? 'left' : 'right');
const restFrame = (exercise: string): PoseFrame => synthesizeTrack({ exercise, reps: 1, facing: 'right' }).track.frames[0];
/** Angle between two directions, 0..180. */
const between = (a: number, b: number): number => {
  const d = Math.abs(((a - b) % 360) + 360) % 360;
  return d > 180 ? 360 - d : d;
};

describe('glute-bridge faults', () => {
  const near = (f: PoseFrame, part: string): Point => pixel(f, `${nearSide('glute-bridge')}_${part}` as never);
  const shoulderHipKnee = (f: PoseFrame) => angleAt(near(f, 'shoulder'), near(f, 'hip'), near(f, 'knee'));
  const knee = (f: PoseFrame) => angleAt(near(f, 'hip'), near(f, 'knee'), near(f, 'ankle'));
  const clean = topFrame('glute-bridge');

  it('clean top: shoulder, hip and knee in a line, knee near 90°', () => {
    expect(shoulderHipKnee(clean)).toBeGreaterThan(170);
    expect(knee(clean)).toBeGreaterThan(80);
    expect(knee(clean)).toBeLessThan(100);
  });

  it('hips-low: the hip stays >15° short of the line, below it', () => {
    const f = topFrame('glute-bridge', ['hips-low']);
    expect(shoulderHipKnee(clean) - shoulderHipKnee(f)).toBeGreaterThan(15);
    expect(near(f, 'hip')[1]).toBeLessThan(near(clean, 'hip')[1] - 20);
  });

  it('over-arch: the hip rises above the shoulder-knee line', () => {
    const f = topFrame('glute-bridge', ['over-arch']);
    expect(shoulderHipKnee(f)).toBeLessThan(170);
    const hipAbove = (g: PoseFrame) => near(g, 'hip')[1] - (near(g, 'shoulder')[1] + near(g, 'knee')[1]) / 2;
    expect(hipAbove(f)).toBeGreaterThan(hipAbove(clean) + 10);
  });

  it('feet-far opens the knee to ~130°, feet-near closes it to ~55°', () => {
    expect(knee(topFrame('glute-bridge', ['feet-far']))).toBeGreaterThan(120);
    expect(knee(topFrame('glute-bridge', ['feet-near']))).toBeLessThan(65);
  });

  it('the feet stay planted through a clean rep (ankle moves < 3 cm)', () => {
    const { track } = synthesizeTrack({ exercise: 'glute-bridge', reps: 1, facing: 'right' });
    const ankles = track.frames.map((f) => near(f, 'ankle'));
    const spread = Math.max(...ankles.map((a) => distance(a, ankles[0])));
    expect(spread).toBeLessThan(0.03 * 439); // ~439 px per metre at scale 1
  });

  it('lower-fast: the hips come down in well under half a second', () => {
    const lowering = (faults: string[]) => {
      const { track, truth } = synthesizeTrack({ exercise: 'glute-bridge', reps: 1, faults, facing: 'right', fps: 60 });
      const heights = track.frames.map((f) => ({ t: f.t, y: near(f, 'hip')[1] }));
      const low = heights[0].y;
      const high = Math.max(...heights.map((h) => h.y));
      // From the last frame above 90% of the rise to the first below 10% after it.
      const topEnd = heights.filter((h) => h.y > low + 0.9 * (high - low)).pop()!;
      const down = heights.find((h) => h.t > topEnd.t && h.y < low + 0.1 * (high - low))!;
      expect(down.t).toBeLessThanOrEqual(truth.repIntervals[0].end);
      return down.t - topEnd.t;
    };
    expect(lowering([])).toBeGreaterThan(0.7); // 90% -> 10% of a 1.5 s cosine ease takes ~0.9 s
    expect(lowering(['lower-fast'])).toBeLessThan(0.3);
  });
});

describe('bird-dog faults', () => {
  // Rep 1 raises the near (right) leg and the far (left) arm.
  const near = (f: PoseFrame, part: string): Point => pixel(f, `right_${part}` as never);
  const torsoLine = (f: PoseFrame) => direction(near(f, 'hip'), near(f, 'shoulder'));
  const armOffLine = (f: PoseFrame) => direction(pixel(f, 'left_shoulder'), pixel(f, 'left_wrist')) - torsoLine(f);
  const legOffLine = (f: PoseFrame) => direction(near(f, 'knee'), near(f, 'hip')) - torsoLine(f);
  const clean = topFrame('bird-dog');

  it('clean top: raised arm and leg straight along the torso line', () => {
    expect(Math.abs(armOffLine(clean))).toBeLessThan(8);
    expect(Math.abs(legOffLine(clean))).toBeLessThan(8);
    expect(angleAt(near(clean, 'hip'), near(clean, 'knee'), near(clean, 'ankle'))).toBeGreaterThan(170);
  });

  it.each([
    ['arm-low', armOffLine, -1],
    ['arm-high', armOffLine, 1],
    ['leg-low', legOffLine, 1],
    ['leg-high', legOffLine, -1],
  ] as const)('%s: the limb is ~35° off the line, the right way', (fault, offLine, sign) => {
    const f = topFrame('bird-dog', [fault]);
    // Facing right: "above the line" is counter-clockwise for the arm (pointing forward), and
    // clockwise for the thigh measured knee->hip (pointing forward from the knee).
    expect(sign * offLine(f)).toBeGreaterThan(25);
  });

  it('leg-bent: the raised knee bends ~60°', () => {
    const f = topFrame('bird-dog', ['leg-bent']);
    expect(angleAt(near(f, 'hip'), near(f, 'knee'), near(f, 'ankle'))).toBeLessThan(135);
  });

  it('hips-sag: the hip drops with the shoulders put, tilting the torso line > 10° from its clean top', () => {
    const torso = (f: PoseFrame) => direction(near(f, 'hip'), near(f, 'shoulder'));
    const sagged = topFrame('bird-dog', ['hips-sag']);
    expect(between(torso(clean), torso(sagged))).toBeGreaterThan(10);
    // The hip sits further below the shoulder (y up, as `near` gives it).
    const drop = (f: PoseFrame) => (near(f, 'shoulder')[1] - near(f, 'hip')[1]) / distance(near(f, 'hip'), near(f, 'shoulder'));
    expect(drop(sagged) - drop(clean)).toBeGreaterThan(0.15);
  });

  it('hips-twist: the raised leg\'s hip lifts above the other by > 0.15 torso lengths', () => {
    const lift = (f: PoseFrame) => (pixel(f, 'right_hip')[1] - pixel(f, 'left_hip')[1]) / distance(near(f, 'hip'), near(f, 'shoulder'));
    const f = topFrame('bird-dog', ['hips-twist']);
    expect(lift(f) - lift(clean)).toBeGreaterThan(0.15);
  });

  it('head-drop: the head hangs ~45° below the torso line', () => {
    const neck = (f: PoseFrame) => direction(near(f, 'shoulder'), near(f, 'ear'));
    expect(between(neck(clean), neck(topFrame('bird-dog', ['head-drop'])))).toBeGreaterThan(35);
    expect(near(topFrame('bird-dog', ['head-drop']), 'ear')[1]).toBeLessThan(near(clean, 'ear')[1] - 50);
  });

  it('faults follow the raised side on the second rep', () => {
    const { track, truth } = synthesizeTrack({ exercise: 'bird-dog', reps: 2, faults: ['hips-twist'], facing: 'right' });
    const f = frameAt(track, middle(truth.holds[1]));
    expect(truth.repIntervals[1].side).toBe('left');
    expect(pixel(f, 'left_hip')[1] - pixel(f, 'right_hip')[1]).toBeGreaterThan(20);
  });
});

describe('superman faults', () => {
  const near = (f: PoseFrame, part: string): Point => pixel(f, `right_${part}` as never);
  const rise = (f: PoseFrame, rest: PoseFrame, part: string) => near(f, part)[1] - near(rest, part)[1];
  const rest = restFrame('superman');
  const clean = topFrame('superman');

  it('clean top: ankles and shoulders both lift', () => {
    expect(rise(clean, rest, 'ankle')).toBeGreaterThan(40);
    expect(rise(clean, rest, 'shoulder')).toBeGreaterThan(40);
  });

  it('legs-down keeps the ankles on the floor; chest-down keeps the shoulders there', () => {
    const legsDown = topFrame('superman', ['legs-down']);
    expect(rise(legsDown, rest, 'ankle')).toBeLessThan(3);
    expect(rise(legsDown, rest, 'shoulder')).toBeGreaterThan(40);
    const chestDown = topFrame('superman', ['chest-down']);
    expect(rise(chestDown, rest, 'shoulder')).toBeLessThan(3);
    expect(rise(chestDown, rest, 'ankle')).toBeGreaterThan(40);
  });
});

describe('prone-head-raise faults', () => {
  const near = (f: PoseFrame, part: string): Point => pixel(f, `right_${part}` as never);
  const neckLift = (f: PoseFrame, rest: PoseFrame) =>
    between(direction(near(f, 'shoulder'), near(f, 'ear')), direction(near(rest, 'shoulder'), near(rest, 'ear')));
  const rest = restFrame('prone-head-raise');

  it('the clean raise tips the head ~30° from rest, head-low about two thirds of that', () => {
    const clean = neckLift(topFrame('prone-head-raise'), rest);
    const low = neckLift(topFrame('prone-head-raise', ['head-low']), rest);
    expect(clean).toBeGreaterThan(22); // 30° in the body; perspective shaves a few in the image
    expect(low).toBeGreaterThan(8); // a visible lift, not lying still
    expect(clean - low).toBeGreaterThan(7);
  });

  it('hold-short: the held pose lasts 40% of the target', () => {
    const { truth } = synthesizeTrack({ exercise: 'prone-head-raise', reps: 1, faults: ['hold-short'] });
    expect(truth.holds[0].end - truth.holds[0].start).toBeCloseTo(4, 3);
  });
});
