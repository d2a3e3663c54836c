/**
 * Counting and timing on synthetic tracks (src/synth): they test the engine's logic at any frame
 * rate, side, facing, distance and mirroring, not its accuracy on real people (see src/cli/eval).
 */
import { describe, expect, it } from 'vitest';
import { SYNTH_EXERCISES, synthesizeTrack, synthSpec, type SynthOptions } from '../synth';
import { analyzeTrack, createExerciseEngine, EXERCISE_SPECS, SUPPORTED_EXERCISES, UnknownExerciseError } from '../exercises';

/** Exercises with both a spec and a synthetic motion (the others are checked on real tracks only). */
const SYNTHESIZED = SUPPORTED_EXERCISES.filter((id) => SYNTH_EXERCISES.includes(id));
import type { EngineEvent } from './events';

type Variant = Omit<SynthOptions, 'exercise'>;

function run(exercise: string, variant: Variant, holdSeconds?: number) {
  const { track, truth } = synthesizeTrack({ exercise, reps: 3, ...variant });
  return { analysis: analyzeTrack(track, exercise, { holdSeconds }), truth, track };
}

/** The engine's hold brackets the still top slightly wider than the keyframes (ease-in/out). */
const HOLD_TOLERANCE = 0.35;

const VIEWS: [string, Variant][] = [
  ['5 fps', { fps: 5 }],
  ['15 fps', { fps: 15 }],
  ['30 fps', { fps: 30 }],
  ['60 fps', { fps: 60 }],
  ['uneven spacing', { fps: 24, unevenSpacing: true }],
  ['left side near', { side: 'left' }],
  ['facing left', { facing: 'left' }],
  ['mirrored', { mirrored: true, fps: 15 }],
  ['far (scale 0.5)', { scale: 0.5 }],
  ['near, left, facing left, mirrored, 5 fps', { side: 'left', facing: 'left', mirrored: true, fps: 5 }],
  ['keypoint noise', { noise: 0.002, seed: 7 }],
];

/**
 * Steps in place at a running cadence (a step every 0.36 s) are under three frames a step at 5 fps:
 * no counter can tell them apart there, so they are tested from 10 fps.
 */
const MIN_FPS: Record<string, number> = { 'run-in-place': 10, 'walk-in-place': 10 };

describe.each(SYNTHESIZED)('%s on clean synthetic motion', (exercise) => {
  const views = VIEWS.filter(([, v]) => (v.fps ?? 30) >= (MIN_FPS[exercise] ?? 5));
  it.each(views)('counts every rep exactly and times every hold: %s', (_, variant) => {
    const { analysis, truth } = run(exercise, variant);
    expect(analysis.reps).toBe(truth.reps);
    expect(analysis.faults.map((f) => f.rule)).toEqual([]);
    expect(analysis.holds.length).toBe(truth.holds.length);
    analysis.holds.forEach((h, i) => {
      expect(Math.abs(h.start - truth.holds[i].start)).toBeLessThan(HOLD_TOLERANCE);
      expect(Math.abs(h.end - truth.holds[i].end)).toBeLessThan(HOLD_TOLERANCE);
    });
    expect(analysis.repScores.every((s) => s >= 85)).toBe(true);
  });
});

describe.each(SYNTHESIZED)('%s form rules', (exercise) => {
  // The rules whose faults the synthetic motion can act out.
  const ids = [...new Set(EXERCISE_SPECS[exercise].rules.map((r) => r.id))].filter(
    (id) => id in synthSpec(exercise).faults,
  );
  it.skipIf(ids.length === 0).each(ids.length ? ids : ['(none)'])('flags %s when it is switched on, and nothing else', (fault) => {
    for (const variant of [{ fps: 30 }, { fps: 5, side: 'left', mirrored: true }] as Variant[]) {
      const { analysis, truth } = run(exercise, { ...variant, faults: [fault] });
      expect(analysis.reps).toBe(truth.reps);
      expect(new Set(analysis.faults.map((f) => f.rule))).toEqual(new Set([fault]));
      const reps = analysis.events.filter((e) => e.type === 'rep');
      expect(reps.every((r) => r.faults.includes(fault) && r.score < 100)).toBe(true);
    }
  });
});

describe('tracking drop-outs and people leaving', () => {
  it('keeps a hold through a 2-second drop-out in its middle', () => {
    const clean = synthesizeTrack({ exercise: 'superman', reps: 1, holdSeconds: 10 });
    const hold = clean.truth.holds[0];
    const mid = (hold.start + hold.end) / 2;
    const { track, truth } = synthesizeTrack({
      exercise: 'superman',
      reps: 1,
      holdSeconds: 10,
      dropouts: [{ start: mid - 1, duration: 2 }],
    });
    const analysis = analyzeTrack(track, 'superman', { holdSeconds: 10 });
    expect(analysis.reps).toBe(1);
    expect(analysis.holds).toHaveLength(1);
    expect(Math.abs(analysis.holds[0].seconds - (truth.holds[0].end - truth.holds[0].start))).toBeLessThan(HOLD_TOLERANCE);
    expect(analysis.events.some((e) => e.type === 'hold-progress' && !e.holding)).toBe(true);
    const complete = analysis.events.find((e) => e.type === 'hold-complete');
    expect(complete?.type === 'hold-complete' && complete.reached).toBe(true);
  });

  it('ends a hold where the pose was last seen when the drop-out outlasts the grace period', () => {
    const { track } = synthesizeTrack({ exercise: 'superman', reps: 1, holdSeconds: 15, dropouts: [{ start: 8, duration: 30 }] });
    const analysis = analyzeTrack(track, 'superman');
    expect(analysis.reps).toBe(1);
    expect(analysis.holds[0].end).toBeLessThan(8.01);
  });

  it.each(SYNTHESIZED)('adds no rep when the person walks out and back (%s)', (exercise) => {
    const { track, truth } = synthesizeTrack({ exercise, reps: 2, walkOut: true });
    expect(truth.walkOut).toBeDefined();
    expect(analyzeTrack(track, exercise).reps).toBe(truth.reps);
  });

  it('says when nobody is in the picture, and when they are back', () => {
    const { track } = synthesizeTrack({ exercise: 'glute-bridge', reps: 1, dropouts: [{ start: 1, duration: 1 }] });
    const framing = analyzeTrack(track, 'glute-bridge').events.filter((e) => e.type === 'framing');
    expect(framing.map((e) => e.type === 'framing' && e.status)).toEqual(['no-person', 'ok']);
  });
});

describe('createExerciseEngine', () => {
  it('has synthetic motion for the four exercises of the issue', () => {
    expect(SYNTHESIZED).toEqual(expect.arrayContaining(['bird-dog', 'glute-bridge', 'superman', 'prone-head-raise']));
  });

  it('gives exactly the same events live (frame by frame) as a replay', () => {
    const { track } = synthesizeTrack({ exercise: 'bird-dog', reps: 2, noise: 0.002, fps: 15 });
    const engine = createExerciseEngine('bird-dog', { aspect: track.source.width / track.source.height });
    const live: EngineEvent[] = [];
    for (const frame of track.frames) live.push(...engine.push(frame));
    live.push(...engine.finish());
    expect(analyzeTrack(track, 'bird-dog').events).toEqual(live);
    expect(analyzeTrack(track, 'bird-dog').events).toEqual(live);
  });

  it('names the raised leg of each bird-dog rep and alternates', () => {
    const { track, truth } = synthesizeTrack({ exercise: 'bird-dog', reps: 4 });
    const reps = analyzeTrack(track, 'bird-dog').events.filter((e) => e.type === 'rep');
    expect(reps.map((r) => r.type === 'rep' && r.side)).toEqual(truth.repIntervals.map((r) => r.side));
  });

  it('uses the hold target it is given, within the spec range', () => {
    const { track } = synthesizeTrack({ exercise: 'bird-dog', reps: 2, holdSeconds: 3 });
    const long = analyzeTrack(track, 'bird-dog', { holdSeconds: 10 });
    expect(long.events.some((e) => e.type === 'hold-complete' && e.target === 10 && !e.reached)).toBe(true);
    expect(createExerciseEngine('bird-dog', { holdSeconds: 99 }).snapshot().holdTarget).toBe(30);
  });

  it('reports progress and the live state in its snapshot', () => {
    const { track } = synthesizeTrack({ exercise: 'superman', reps: 1, holdSeconds: 4 });
    const engine = createExerciseEngine('superman', { aspect: 16 / 9 });
    let sawHolding = false;
    for (const frame of track.frames) {
      engine.push(frame);
      const s = engine.snapshot();
      if (s.holding) {
        sawHolding = true;
        expect(s.phase).toBe('up');
        expect(s.metric).not.toBeNull();
      }
    }
    expect(sawHolding).toBe(true);
    expect(engine.snapshot().reps).toBe(1);
  });

  it('rejects an unknown exercise', () => {
    expect(() => createExerciseEngine('moonwalk')).toThrow(UnknownExerciseError);
  });
});
