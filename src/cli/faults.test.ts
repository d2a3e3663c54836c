/**
 * The fault evaluation: on a synthetic track (logic only) a gross injected fault must be flagged
 * and the clean track must not be; on the real dev sets (skipped when ../shared is absent) issue
 * 14's targets hold, for the camera as recorded and mirrored, and rolled for the exercises read
 * against a floor line: recall >= 90 % per fault over the tops where its limb is in view, at most
 * one false cue per ten clean reps.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runFaults, VIEW_CHANGES } from './faults';
import { SYNTH_DIR } from './robust';
import { readLabelledClips } from '../robustness/labelled-clips';
import { evaluateClipFaults } from '../robustness/fault-evaluation';
import { faultTotals, formatFaults } from '../robustness/fault-report';
import type { ClipFaults } from '../robustness/fault-evaluation';
import { FAULT_INJECTORS } from '../robustness/fault-injectors';
import { getExerciseSpec } from '../exercises';

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

describe('fault evaluation of a clip that starts in the top', () => {
  it('leaves that top unjudged (no start pose before it) and judges the next', () => {
    const clip = readLabelledClips(SYNTH_DIR).find((c) => c.clip === 'glute-bridge-5reps')!;
    const [first, second] = evaluateClipFaults(clip)!.tops;
    const holds = [{ start: clip.track!.frames[0].t, end: first.end }, { start: second.start, end: second.end }];
    const run = evaluateClipFaults({ ...clip, labels: { ...clip.labels, holds } })!;
    for (const result of run.injections) expect(result.inView, result.injector.fault).toEqual([false, true]);
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

const RECALL_TARGET = 0.9;
const FALSE_CUES_PER_TEN_REPS = 1;
/**
 * Faults the dev sets cannot measure, and why: wheel-bridge/hips-low's one clip starts already up in
 * the bridge, and the engine judges a rep only after it has seen the start pose.
 */
const UNMEASURED = new Set(['wheel-bridge/hips-low']);

function recallByFault(runs: readonly ClipFaults[]): Map<string, { hits: number; tops: number }> {
  const by = new Map<string, { hits: number; tops: number }>();
  for (const inj of runs.flatMap((r) => r.injections)) {
    const key = `${inj.injector.exercise}/${inj.injector.fault}`;
    const seen = inj.flagged.filter((_, i) => inj.inView[i]);
    const sum = by.get(key) ?? { hits: 0, tops: 0 };
    by.set(key, { hits: sum.hits + seen.filter(Boolean).length, tops: sum.tops + seen.length });
  }
  return by;
}

/** Recall per measurable fault at least the target, and false cues within theirs. */
function expectTargets(runs: readonly ClipFaults[]): void {
  for (const [fault, { hits, tops }] of recallByFault(runs)) {
    if (UNMEASURED.has(fault)) continue;
    expect(tops, `${fault}: no top in view`).toBeGreaterThan(0);
    expect(hits / tops, `${fault}: ${hits}/${tops}`).toBeGreaterThanOrEqual(RECALL_TARGET);
  }
  const totals = faultTotals(runs);
  expect(totals.falseCues / totals.cleanReps, `${totals.falseCues} false cues over ${totals.cleanReps} reps`).toBeLessThanOrEqual(
    FALSE_CUES_PER_TEN_REPS / 10,
  );
}

describe.skipIf(!present)('issue 14 targets on the dev sets', () => {
  const views = [undefined, VIEW_CHANGES.find((p) => p.id === 'mirror')!];
  it.each(views.map((v) => [v?.id ?? 'as recorded', v] as const))('%s: every fault with a rule is flagged at >= 90 %% of the tops in view', (_, view) => {
    expectTargets(runFaults(DEV_SETS, view));
  });

  // A spec with a floor line reads the picture levelled on it, so a rolled camera must not change
  // what its rules catch (bird-dog's runs from both hands to both knees, learnt at rest).
  const rolls = VIEW_CHANGES.filter((p) => p.id.startsWith('roll'));
  const levelled = (run: ClipFaults) => getExerciseSpec(run.clip.labels.exercise)?.floor !== undefined;
  it.each(rolls.map((v) => [v.id, v] as const))('%s: the same targets for every exercise read against its floor line', (_, view) => {
    const runs = runFaults(DEV_SETS, view).filter(levelled);
    expect(runs.map((r) => r.clip.labels.exercise)).toEqual(expect.arrayContaining(['bird-dog', 'glute-bridge', 'superman', 'prone-head-raise']));
    expectTargets(runs);
  });

  /**
   * Noisier points, fewer frames a second, a smaller person and a camera 20° higher looking down
   * (a laptop on a table, the person on the floor), as real clips kept out of the project will
   * have, are still below the targets: each view's total recall is held at least at
   * what it is now (and its false cues at the target, where they meet it), so it cannot slip
   * unseen. At 10 fps superman's chest-down fires on the legs leading the chest on every clean lift
   * (the rule judges the lift itself), and under 1 % noise one bridge feet-near cue (pexels-bubbadk
   * 3.0 s) puts the false cues at 1.1 per 10 reps, so their false cues are not held there.
   */
  it.each([
    ['noise.5', 57 / 57, true],
    ['noise1', 50 / 57, false],
    ['10fps', 57 / 57, false],
    ['5fps', 50 / 55, true],
    ['half', 59 / 59, true],
    ['up20', 50 / 57, true],
    ['cam30-up20', 48 / 57, true],
  ] as const)('%s: total recall holds at its floor', (id, floor, falseCuesHeld) => {
    const totals = faultTotals(runFaults(DEV_SETS, VIEW_CHANGES.find((p) => p.id === id)));
    expect(totals.flagged / totals.injected, `${totals.flagged}/${totals.injected}`).toBeGreaterThanOrEqual(floor);
    if (falseCuesHeld) expect(totals.falseCues / totals.cleanReps).toBeLessThanOrEqual(FALSE_CUES_PER_TEN_REPS / 10);
  });

  it('has a rule for every injected fault', () => {
    expect(FAULT_INJECTORS.filter((i) => i.rule === null).map((i) => `${i.exercise}/${i.fault}`)).toEqual([]);
  });
});
