/**
 * The fault evaluation: on a synthetic track (logic only) a gross injected fault must be flagged
 * and the clean track must not be; on the real dev sets (skipped when ../shared is absent) the
 * table is printed. Issue 14's targets are not asserted yet: the rules are to be tuned first.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runFaults } from './faults';
import { SYNTH_DIR } from './robust';
import { readLabelledClips } from '../robustness/labelled-clips';
import { evaluateClipFaults } from '../robustness/fault-evaluation';
import { formatFaults } from '../robustness/fault-report';
import { FAULT_INJECTORS } from '../robustness/fault-injectors';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const DEV_SETS = [join(FIXTURES, 'real'), join(FIXTURES, 'real-batch2')];
const present = DEV_SETS.every(existsSync);
if (!present) console.warn(`Skipping the fault evaluation on real tracks: ${DEV_SETS.join(' or ')} is absent.`);

describe('fault evaluation on a synthetic glute bridge', () => {
  const clip = readLabelledClips(SYNTH_DIR).find((c) => c.clip === 'glute-bridge-5reps')!;
  const run = evaluateClipFaults(clip)!;

  it('finds the top of each counted rep', () => {
    expect(run.cleanCount).toBe(5);
    expect(run.tops).toHaveLength(5);
    for (const top of run.tops) expect(top.end).toBeGreaterThan(top.start);
  });

  it('flags a gross injected fault at every rep, and the clean track not at all', () => {
    for (const fault of ['over-arch', 'hips-low']) {
      const result = run.injections.find((i) => i.injector.fault === fault)!;
      expect(result.flagged, fault).toEqual([true, true, true, true, true]);
      expect(run.cues.filter((c) => c.rule === fault)).toEqual([]);
    }
  });
});

describe.skipIf(!present)('fault evaluation on the dev sets (../shared/fixtures/real*)', () => {
  it('injects every fault of each exercise at the tops of its clips and prints recall and false alarms', () => {
    const runs = runFaults(DEV_SETS);
    const text = formatFaults(runs, false);
    console.log(text);
    for (const run of runs.filter((r) => r.injections.length)) expect(run.tops.length, run.clip.clip).toBeGreaterThan(0);
    const exercises = new Set(runs.map((r) => r.clip.labels.exercise));
    for (const inj of FAULT_INJECTORS.filter((i) => exercises.has(i.exercise))) expect(text).toContain(`${inj.exercise} ${inj.fault}:`);
    expect(text).toMatch(/recall over faults with a rule: \d+\/\d+/);
  });
});
