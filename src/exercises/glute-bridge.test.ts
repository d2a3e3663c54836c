import { describe, expect, it } from 'vitest';
import { synthesizeTrack } from '../synth';
import { analyzeTrack, createExerciseEngine } from '.';
import { leftSideEvidence } from '../engine/choose-visible-side';
import { KP } from '../track/keypoint-names';
import type { FaultEvent } from '../engine/events';
import { gluteBridgeMotion } from '../synth/exercises/glute-bridge';

describe('glute bridge variants', () => {
  it('counts a single-leg bridge: the near leg held straight out in line with the thigh', () => {
    const { track, truth } = synthesizeTrack({ exercise: 'glute-bridge', reps: 3 });
    const near = leftSideEvidence(track.frames[0].keypoints!) >= 0 ? 'left' : 'right';
    const [hip, knee, ankle, heel, toe] = ['hip', 'knee', 'ankle', 'heel', 'foot_index'].map((p) => KP[`${near}_${p}` as keyof typeof KP]);
    const singleLeg = {
      ...track,
      frames: track.frames.map((f) => {
        if (!f.keypoints) return f;
        const k = f.keypoints.map((p) => [...p] as typeof p);
        // The lower leg continues the thigh's line instead of hanging down to the floor.
        const dx = k[knee][0] - k[hip][0];
        const dy = k[knee][1] - k[hip][1];
        for (const [i, reach] of [[ankle, 0.9], [heel, 0.95], [toe, 1.1]] as const) k[i] = [k[knee][0] + reach * dx, k[knee][1] + reach * dy, k[i][2], k[i][3]];
        return { ...f, keypoints: k };
      }),
    };
    expect(analyzeTrack(singleLeg, 'glute-bridge').reps).toBe(truth.reps);
  });
});

describe('glute bridge cue timing', () => {
  it('says "push your hips higher" at the top of a low bridge, before the lowering starts', () => {
    const { track, truth } = synthesizeTrack({ exercise: 'glute-bridge', reps: 3, fps: 15, faults: ['hips-low'], seed: 1 });
    const engine = createExerciseEngine('glute-bridge', {});
    const faults = track.frames.flatMap((f) => engine.push(f)).filter((e): e is FaultEvent => e.type === 'fault' && e.rule === 'hips-low');
    const { rise, top } = gluteBridgeMotion.timing;
    expect(faults).toHaveLength(truth.repIntervals.length);
    truth.repIntervals.forEach((rep, i) => {
      const lowering = rep.start + rise + top;
      expect(faults[i].t, `rep ${i + 1}`).toBeGreaterThan(rep.start);
      expect(faults[i].t, `rep ${i + 1}`).toBeLessThan(lowering);
      expect(faults[i].afterRep).toBeUndefined();
    });
  });
});

describe('glute bridge with the feet out of the picture', () => {
  it('counts, and says "push your hips higher" at the top, while the feet are out of the picture: neither reads them', () => {
    const { track, truth } = synthesizeTrack({ exercise: 'glute-bridge', reps: 3, fps: 15, faults: ['hips-low'], seed: 1 });
    const { rise, top } = gluteBridgeMotion.timing;
    const overTop = (t: number) => truth.repIntervals.some((rep) => t > rep.start + rise / 2 && t < rep.start + rise + top);
    const feet = ['ankle', 'heel', 'foot_index'].flatMap((p) => [KP[`left_${p}` as keyof typeof KP], KP[`right_${p}` as keyof typeof KP]]);
    const feetOut = {
      ...track,
      frames: track.frames.map((f) => {
        if (!f.keypoints || !overTop(f.t)) return f;
        const k = f.keypoints.map((p) => [...p] as typeof p);
        for (const i of feet) k[i] = [1.1, k[i][1], k[i][2], 0.05];
        return { ...f, keypoints: k };
      }),
    };
    const analysis = analyzeTrack(feetOut, 'glute-bridge');
    expect(analysis.reps).toBe(truth.reps);
    const cues = analysis.faults.filter((c) => c.rule === 'hips-low');
    expect(cues).toHaveLength(truth.reps);
    truth.repIntervals.forEach((rep, i) => expect(cues[i].t, `rep ${i + 1}`).toBeLessThan(rep.start + rise + top));
  });
});

