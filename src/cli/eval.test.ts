/**
 * The engine on real people: tracks extracted from real videos with hand-counted labels, read
 * from the shared folders (never copied into the repo). Every clip whose exercise has a spec must
 * be counted within its labelled range and every labelled hold of 2 s or more timed within 0.5 s.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateDir, formatReport, judgedHolds } from './eval';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
/** Each dev set, and how many clips in it have a spec today (so a spec lost or a folder emptied fails). */
const DEV_SETS: [string, number][] = [
  ['real', 6],
  ['real-batch2', 7],
];

describe.each(DEV_SETS)('evaluation on real tracks (../shared/fixtures/%s)', (name, specified) => {
  const dir = join(SHARED, name);
  const present = existsSync(dir);
  if (!present) console.warn(`Skipping the real-track evaluation: ${dir} is absent.`);
  const report = present ? evaluateDir(dir) : null;

  it.skipIf(!present)('counts every clip that has a spec within its labelled range', () => {
    const wrong = report!.clips.filter((c) => c.supported && !c.exact).map((c) => `${c.clip}: ${c.countedReps}`);
    expect(wrong).toEqual([]);
    expect(report!.evaluated).toBe(specified);
    expect(report!.exactRate).toBe(1);
  });

  it.skipIf(!present)('times every labelled hold of 2 s or more within 0.5 s', () => {
    // A clip whose labels accept a count of 0 starts already in the hold: its rise is not seen,
    // and the engine times a hold only from a rise (wheel-bridge-istock-afyalite).
    const off = report!.clips.flatMap((c) =>
      judgedHolds(c).filter((h) => Math.abs(h.measured - h.labelled) >= 0.5).map((h) => `${c.clip}: ${h.measured} s for ${h.labelled} s`),
    );
    expect(off).toEqual([]);
  });

  it.skipIf(!present)('lists clips of exercises without a spec instead of failing', () => {
    expect(formatReport(report!)).toMatch(/exact-count rate: 100%/);
    for (const c of report!.clips.filter((x) => !x.supported)) expect(c.countedReps).toBeNull();
  });
});
