import { describe, expect, it } from 'vitest';
import type { FaultEvent } from '../engine/events';
import { synthesizeTrack } from '../synth';
import { gluteBridgeMotion } from '../synth/exercises/glute-bridge';
import { createExerciseEngine } from '.';

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
