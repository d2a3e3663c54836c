/**
 * The exercises counted as cycles (arm circles, shrugs, steps in place) on their synthetic motions:
 * the direction of each circle as the seed names it ("forward and backward"), a change of direction
 * mid-set, and no rep from standing still. Counts and faults at 5-60 fps are in exercise-engine.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { synthesizeTrack, type SynthOptions } from '../synth';
import { analyzeTrack } from '.';

const directions = (options: SynthOptions): (string | undefined)[] =>
  analyzeTrack(synthesizeTrack(options).track, options.exercise)
    .events.filter((e) => e.type === 'rep')
    .map((e) => (e.type === 'rep' ? e.direction : undefined));

describe('arm circles: forward and backward', () => {
  it.each([5, 15, 30, 60])('names each circle forward or backward at %i fps, either facing, mirrored too', (fps) => {
    for (const view of [{}, { facing: 'left' as const }, { mirrored: true }]) {
      expect(directions({ exercise: 'arm-circles', reps: 4, fps, ...view })).toEqual(['forward', 'forward', 'forward', 'forward']);
      expect(directions({ exercise: 'arm-circles', reps: 4, fps, reverse: true, ...view })).toEqual(['backward', 'backward', 'backward', 'backward']);
    }
  });

  it('follows a change of direction mid-set, unevenly sampled', () => {
    const seen = directions({ exercise: 'arm-circles', reps: 6, fps: 24, unevenSpacing: true, reverse: true, reverseFrom: 3 });
    expect(seen).toEqual(['forward', 'forward', 'forward', 'backward', 'backward', 'backward']);
  });
});

describe('shoulder circles and hip circles: both ways round', () => {
  it.each([5, 15, 30, 60])('shoulder circles named forward or backward at %i fps', (fps) => {
    expect(directions({ exercise: 'shoulder-circles', reps: 3, fps })).toEqual(['forward', 'forward', 'forward']);
    expect(directions({ exercise: 'shoulder-circles', reps: 3, fps, reverse: true })).toEqual(['backward', 'backward', 'backward']);
  });

  it.each([5, 15, 30, 60])('hip circles count the same to the left and to the right at %i fps', (fps) => {
    for (const reverse of [false, true]) {
      const { track } = synthesizeTrack({ exercise: 'hip-circles', reps: 5, fps, reverse });
      expect(analyzeTrack(track, 'hip-circles').reps).toBe(5);
    }
  });
});

describe('cycles from nothing', () => {
  it.each(['arm-circles', 'arm-swings', 'shoulder-circles', 'shoulder-shrugs', 'hip-circles', 'standing-torso-turns', 'walk-in-place', 'run-in-place', 'head-tilts', 'twist-swings', 'breathing-reset', 'standing-floor-swings'])('%s: standing still with detector noise counts nothing', (exercise) => {
    const { track } = synthesizeTrack({ exercise, reps: 0, restSeconds: 20, noise: 0.002, fps: 30, seed: 3 });
    expect(analyzeTrack(track, exercise).reps).toBe(0);
  });

  it('shoulder-shrugs: a shrug a quarter as high is not a rep', () => {
    const { track } = synthesizeTrack({ exercise: 'shoulder-shrugs', reps: 5, faults: ['small'], fps: 30 });
    expect(analyzeTrack(track, 'shoulder-shrugs').reps).toBe(0);
  });

  it.each([
    ['head-tilts', 'shallow'],
    ['twist-swings', 'small-turn'],
  ])('%s: a movement a third as far (%s) is not a rep', (exercise, fault) => {
    const { track } = synthesizeTrack({ exercise, reps: 5, faults: [fault], fps: 30 });
    expect(analyzeTrack(track, exercise).reps).toBe(0);
  });

  it.each([1, 2, 3, 7])('breathing-reset: under keypoint noise (seed %i) a breath may not show, and none is invented', (seed) => {
    const { track, truth } = synthesizeTrack({ exercise: 'breathing-reset', reps: 5, noise: 0.002, seed, fps: 30 });
    const reps = analyzeTrack(track, 'breathing-reset').reps;
    expect(reps).toBeLessThanOrEqual(truth.reps);
    expect(reps).toBeGreaterThanOrEqual(1);
  });

  it('twist-swings: without world points nothing is claimed', () => {
    const { track } = synthesizeTrack({ exercise: 'twist-swings', reps: 5, fps: 30 });
    const flat = { ...track, frames: track.frames.map((frame) => ({ ...frame, world: null })) };
    expect(analyzeTrack(flat, 'twist-swings').reps).toBe(0);
  });
});

describe('head tilts: every four-part tilt is a rep', () => {
  // Seeds 1 and 3 make the engine take the left and the right side of a front view (score jitter),
  // which flips the sign of the ear line's tilt: the counted swing is then the one that carries the
  // back and forth tilts (8 s). Seed 3 counted 1 of 5 with the default 6 s cap.
  it.each([1, 3, 4, 5])('counts all 5 whichever side the engine takes (seed %i)', (seed) => {
    const { track } = synthesizeTrack({ exercise: 'head-tilts', reps: 5, seed });
    expect(analyzeTrack(track, 'head-tilts').reps).toBe(5);
  });

  it('counts all 5 mirrored, as a selfie camera shows them', () => {
    const { track } = synthesizeTrack({ exercise: 'head-tilts', reps: 5, seed: 3, mirrored: true });
    expect(analyzeTrack(track, 'head-tilts').reps).toBe(5);
  });
});
