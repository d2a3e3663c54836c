/**
 * The robustness suite on the dev sets (issue 8's target: the count holds on >= 95 % of the
 * (clip x perturbation) pairs), read from the shared folder; skipped with a message when it is absent.
 * The synthetic tracks show the suite itself working wherever it runs.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runRobustness, SYNTH_DIR } from './robust';
import { formatRobustness, PASS_RATE_DEFINITION } from '../robustness/robustness-report';
import { passRates } from '../robustness/robustness-suite';
import { PERTURBATIONS } from '../robustness/perturbations';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const DEV_SETS = [join(FIXTURES, 'real'), join(FIXTURES, 'real-batch2')];
const present = DEV_SETS.every(existsSync);
if (!present) console.warn(`Skipping the robustness suite on real tracks: ${DEV_SETS.join(' or ')} is absent.`);

describe('robustness suite on the synthetic tracks', () => {
  const groups = runRobustness([SYNTH_DIR]);
  const results = groups[0].results;

  it('replays every clip under every perturbation and reports each count', () => {
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const r of results) {
      expect(r.baseline).toBe(r.clip.labels.reps);
      expect(Object.keys(r.counts)).toEqual(PERTURBATIONS.map((p) => p.id));
    }
    expect(passRates(results).pairs).toBe(results.length * PERTURBATIONS.length);
  });

  it('prints the table with the definition of its rates', () => {
    const text = formatRobustness(groups, PERTURBATIONS, false);
    expect(text).toContain(PASS_RATE_DEFINITION);
    for (const r of results) expect(text).toMatch(new RegExp(`^${r.clip.clip} `, 'm'));
    expect(formatRobustness(groups, PERTURBATIONS, true)).toMatch(/^\| clip \| exercise \|/m);
  });
});

describe.skipIf(!present)('robustness suite on the dev sets (../shared/fixtures/real, real-batch2)', () => {
  it('keeps the count within the labelled range on >= 95 % of (clip x perturbation) pairs', () => {
    const groups = runRobustness(DEV_SETS);
    console.log(formatRobustness(groups, PERTURBATIONS, false));
    const rates = passRates(groups.flatMap((g) => g.results.filter((r) => r.baseline !== null)));
    expect(rates.pairs).toBeGreaterThanOrEqual(8 * PERTURBATIONS.length);
    expect(rates.inRange).toBeGreaterThanOrEqual(0.95);
  });
});
