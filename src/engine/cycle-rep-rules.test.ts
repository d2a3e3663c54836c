/** Rep-end rules judge cycle-counted reps (circles, swings) as they judge any other rep. */
import { describe, expect, it } from 'vitest';
import { analyzeTrackWith } from './index';
import type { ExerciseSpec, RepRule } from './exercise-spec';
import { armCircles } from '../exercises/arm-circles';
import { synthesizeTrack } from '../synth';

const circlesWith = (rule: RepRule): ExerciseSpec => ({ ...armCircles, rules: [rule] });
const reachRule = (least: number): RepRule => ({
  id: 'circle-small',
  when: 'rep-end',
  ok: ({ rep, finished }) => !finished || rep.maxMetric - rep.minMetric >= least,
  cue: 'Bigger circles',
  severity: 'info',
  landmarks: ['wrist'],
});

describe('rep-end rules on cycle-counted exercises', () => {
  const { track, truth } = synthesizeTrack({ exercise: 'arm-circles', reps: 4 });

  it('flag every cycle that breaks them, as a cue after the rep and on the rep', () => {
    const analysis = analyzeTrackWith(circlesWith(reachRule(100)), track);
    const reps = analysis.events.filter((e) => e.type === 'rep');
    expect(reps).toHaveLength(truth.reps);
    expect(reps.every((r) => r.type === 'rep' && r.faults.includes('circle-small'))).toBe(true);
    const cues = analysis.events.filter((e) => e.type === 'fault' && e.rule === 'circle-small');
    expect(cues.length).toBeGreaterThanOrEqual(truth.reps - 1);
    expect(cues.every((c) => c.type === 'fault' && c.afterRep)).toBe(true);
  });

  it('read what the cycle did: a reach each circle makes is no fault', () => {
    const analysis = analyzeTrackWith(circlesWith(reachRule(0.5)), track);
    expect(analysis.reps).toBe(truth.reps);
    expect(analysis.faults).toEqual([]);
  });
});
