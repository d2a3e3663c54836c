/**
 * The engine on real people: tracks extracted from real videos with hand-counted labels, read
 * from the shared folder (never copied into the repo). Asserts the targets reached so far.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateDir, formatReport } from './eval';

const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'real');
const present = existsSync(REAL);
if (!present) console.warn(`Skipping the real-track evaluation: ${REAL} is absent.`);

describe.skipIf(!present)('evaluation on real tracks (../shared/fixtures/real)', () => {
  const report = present ? evaluateDir(REAL) : null;

  it('counts every clip that has a spec exactly', () => {
    const wrong = report!.clips.filter((c) => c.supported && !c.exact).map((c) => `${c.clip}: ${c.countedReps}`);
    expect(wrong).toEqual([]);
    expect(report!.evaluated).toBeGreaterThanOrEqual(3);
    expect(report!.exactRate).toBe(1);
  });

  it('times every labelled hold of 2 s or more within 0.5 s', () => {
    for (const clip of report!.clips) for (const h of clip.holds) expect(Math.abs(h.measured - h.labelled)).toBeLessThan(0.5);
  });

  it('lists clips of exercises without a spec instead of failing', () => {
    expect(formatReport(report!)).toMatch(/exact-count rate: 100%/);
    for (const c of report!.clips.filter((x) => !x.supported)) expect(c.countedReps).toBeNull();
  });
});
