/**
 * The faults of the rest of the routine (issue 12) change the picture by a clear margin. Every fault
 * moves some landmark far from where the clean motion has it (or changes the timing); the seed's own
 * words get a plain measure of their own. Simple pixel measures of the synthetic motion, not the
 * engine's rules.
 */
import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES } from '../track/keypoint-names';
import type { PoseFrame, PoseTrack } from '../track/track';
import { synthesizeTrack } from './index';
import { distance, pixel } from './measure';
import { SYNTH_SPECS } from './exercises';

/** Present before issue 12 with faults of their own tests (faults.test.ts). */
const FIRST_SIX = ['bird-dog', 'glute-bridge', 'superman', 'prone-head-raise', 'back-extension', 'bicycle-crunch'];
const ROUTINE_FAULTS = Object.values(SYNTH_SPECS)
  .filter((s) => !FIRST_SIX.includes(s.id))
  .flatMap((s) => Object.keys(s.faults).map((fault) => [s.id, fault] as const));

const clip = (exercise: string, faults: string[] = []) => synthesizeTrack({ exercise, reps: 1, fps: 30, faults });

/** The largest distance any landmark gets from where the clean motion has it at the same moment of the rep, px. */
function largestChange(clean: PoseTrack, faulty: PoseTrack): number {
  const n = Math.min(clean.frames.length, faulty.frames.length);
  let most = 0;
  for (let i = 0; i < n; i++) {
    for (const name of KEYPOINT_NAMES) most = Math.max(most, distance(pixel(clean.frames[i], name), pixel(faulty.frames[i], name)));
  }
  return most;
}

const lowest = (track: PoseTrack, measure: (f: PoseFrame) => number): number => Math.min(...track.frames.map(measure));
const highest = (track: PoseTrack, measure: (f: PoseFrame) => number): number => Math.max(...track.frames.map(measure));

describe('every fault of the routine changes the picture', () => {
  it('each of the 28 new exercises has a synthetic motion with at least one fault', () => {
    const ids = Object.keys(SYNTH_SPECS).filter((id) => !FIRST_SIX.includes(id));
    expect(ids).toHaveLength(28);
    for (const id of ids) expect(Object.keys(SYNTH_SPECS[id].faults).length).toBeGreaterThan(0);
  });

  it.each(ROUTINE_FAULTS)('%s %s: a landmark moves >= 20 px (or 40% of a small movement) from the clean motion, or the rep takes another time', (exercise, fault) => {
    const clean = clip(exercise);
    const faulty = clip(exercise, [fault]);
    const retimed = Math.abs(clean.truth.repIntervals[0].end - faulty.truth.repIntervals[0].end) > 1;
    // Shoulder circles and shrugs move a few centimetres in all: their faults are judged against that.
    const still = { ...clean.track, frames: clean.track.frames.map(() => clean.track.frames[0]) };
    const margin = Math.min(20, 0.4 * largestChange(still, clean.track));
    expect(retimed || largestChange(clean.track, faulty.track) >= margin).toBe(true);
  });
});

describe("the seed's words, measured", () => {
  /** Height of the lower fingertip above the floor (the heels), px. */
  const fingertipsAboveFloor = (f: PoseFrame) => {
    const floor = Math.min(pixel(f, 'left_heel')[1], pixel(f, 'right_heel')[1]);
    return Math.min(pixel(f, 'left_index')[1], pixel(f, 'right_index')[1]) - floor;
  };

  it.each([
    ['toe-touch-bend', 'fingers-off-floor'],
    ['standing-roll-down', 'fingers-off-floor'],
    ['match-pickup', 'hands-off-floor'],
  ])('%s: "fingertips touch the floor" clean, and stop >= 40 px above it with %s', (exercise, fault) => {
    expect(lowest(clip(exercise).track, fingertipsAboveFloor)).toBeLessThan(12);
    expect(lowest(clip(exercise, [fault]).track, fingertipsAboveFloor)).toBeGreaterThan(40);
  });

  it('seated-arm-sweeps: the hands come down to the floor, below the hip joints; hands-off-floor stops above them', () => {
    const belowHips = (f: PoseFrame) => pixel(f, 'left_hip')[1] - pixel(f, 'left_index')[1];
    expect(highest(clip('seated-arm-sweeps').track, belowHips)).toBeGreaterThan(15);
    expect(highest(clip('seated-arm-sweeps', ['hands-off-floor']).track, belowHips)).toBeLessThan(-30);
  });

  it('seated-forward-lean: "without lowering the arms" - wrists stay near shoulder height, not with arms-lowered', () => {
    const drop = (f: PoseFrame) => pixel(f, 'right_shoulder')[1] - pixel(f, 'right_wrist')[1];
    expect(highest(clip('seated-forward-lean').track, drop)).toBeLessThan(45);
    expect(highest(clip('seated-forward-lean', ['arms-lowered']).track, drop)).toBeGreaterThan(90);
  });

  it('standing-floor-swings: "as far as possible" behind and in front - short-reach stops >= 25 px short each way', () => {
    // Wrist ahead of the feet (the body faces the image right), px, while the hands are down by the floor.
    const ahead = (f: PoseFrame) => pixel(f, 'right_wrist')[0] - pixel(f, 'right_ankle')[0];
    const low = (t: PoseTrack): PoseTrack => ({ ...t, frames: t.frames.filter((f) => pixel(f, 'right_wrist')[1] < pixel(f, 'right_knee')[1]) });
    const clean = low(clip('standing-floor-swings').track);
    const short = low(clip('standing-floor-swings', ['short-reach']).track);
    expect(highest(clean, ahead) - highest(short, ahead)).toBeGreaterThan(25);
    expect(lowest(short, ahead) - lowest(clean, ahead)).toBeGreaterThan(25);
  });

  it('wheel-bridge: the hips rise above the shoulders; hips-low stops far lower', () => {
    const hipOverShoulder = (f: PoseFrame) => pixel(f, 'left_hip')[1] - pixel(f, 'left_shoulder')[1];
    const hipHeight = (t: PoseTrack) => highest(t, (f) => pixel(f, 'left_hip')[1]) - pixel(t.frames[0], 'left_hip')[1];
    expect(highest(clip('wheel-bridge').track, hipOverShoulder)).toBeGreaterThan(40);
    expect(hipHeight(clip('wheel-bridge', ['hips-low']).track)).toBeLessThan(0.6 * hipHeight(clip('wheel-bridge').track));
  });

  it('twist-swings and standing-torso-turns: small-turn keeps the shoulders wide from the front', () => {
    const narrowest = (t: PoseTrack) => lowest(t, (f) => Math.abs(pixel(f, 'left_shoulder')[0] - pixel(f, 'right_shoulder')[0]));
    for (const id of ['twist-swings', 'standing-torso-turns']) {
      expect(narrowest(clip(id, ['small-turn']).track)).toBeGreaterThan(1.8 * narrowest(clip(id).track));
    }
  });

  it('walk- and run-in-place: low-knees lifts the knee less than half as high', () => {
    const kneeLift = (t: PoseTrack) => highest(t, (f) => pixel(f, 'right_knee')[1]) - pixel(t.frames[0], 'right_knee')[1];
    for (const id of ['walk-in-place', 'run-in-place']) {
      expect(kneeLift(clip(id).track)).toBeGreaterThan(15);
      expect(kneeLift(clip(id, ['low-knees']).track)).toBeLessThan(0.5 * kneeLift(clip(id).track));
    }
  });

  it('cross-crunch: "second hand on the floor" - the resting wrist stays low, lifts with hand-off-floor', () => {
    const wrist = (t: PoseTrack) => highest(t, (f) => pixel(f, 'left_wrist')[1]) - pixel(t.frames[0], 'left_wrist')[1];
    expect(wrist(clip('cross-crunch').track)).toBeLessThan(10);
    expect(wrist(clip('cross-crunch', ['hand-off-floor']).track)).toBeGreaterThan(40);
  });

  it('head-tilts rushed: the same tilts in a third of the time', () => {
    const rep = (faults: string[]) => clip('head-tilts', faults).truth.repIntervals[0];
    const span = (r: { start: number; end: number }) => r.end - r.start;
    expect(span(rep(['rushed'])) / span(rep([]))).toBeCloseTo(1 / 3, 1);
  });
});

