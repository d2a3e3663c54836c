/** The robustness suite's table and pass rates, as plain text or as markdown for the README. */
import { formatTable, percent } from './format-table';
import { inAcceptedRange, passRates, type ClipCounts } from './robustness-suite';
import type { Perturbation } from './perturbations';

export interface RobustnessGroup {
  /** What the clips are, e.g. the folders they came from. */
  name: string;
  /** Synthetic clips test the logic only: they are left out of the overall rate. */
  synthetic?: boolean;
  results: ClipCounts[];
}

export const PASS_RATE_DEFINITION =
  'pass rate = share of (clip x perturbation) pairs, over clips whose exercise has a spec, whose count stays within ' +
  "the clip's labelled accepted range (repsAccept, else reps); the unchanged replay is not one of the pairs. " +
  "unchanged = share of those pairs whose count equals the clip's unchanged replay.";

const MARKS = 'a count marked * differs from the unchanged replay, ! is outside the labelled range';

function cell(r: ClipCounts, count: number, marked: boolean): string {
  const changed = marked && count !== r.baseline ? '*' : '';
  return `${count}${changed}${inAcceptedRange(r.clip, count) ? '' : '!'}`;
}

function labelled(r: ClipCounts): string {
  const [lo, hi] = r.clip.accept;
  return lo === hi ? `${lo}` : `${r.clip.labels.reps} (${lo}-${hi})`;
}

export function formatRobustness(groups: RobustnessGroup[], perturbations: readonly Perturbation[], markdown: boolean): string {
  const header = ['clip', 'exercise', 'labelled', 'unchanged', ...perturbations.map((p) => p.id)];
  const out: string[] = [];
  for (const group of groups) {
    const counted = group.results.filter((r) => r.baseline !== null);
    const rows = counted.map((r) => [
      r.clip.clip,
      r.clip.labels.exercise,
      labelled(r),
      cell(r, r.baseline!, false),
      ...perturbations.map((p) => cell(r, r.counts[p.id], true)),
    ]);
    const rates = passRates(counted);
    const noSpec = group.results.filter((r) => r.baseline === null).map((r) => `${r.clip.clip} (${r.clip.labels.exercise})`);
    out.push(
      markdown ? `**${group.name}**` : `== ${group.name}`,
      '',
      formatTable(header, rows, markdown),
      '',
      `${counted.length} clips, ${rates.pairs} pairs: pass rate ${percent(rates.inRange)}, unchanged ${percent(rates.unchanged)}` +
        (noSpec.length ? `; no spec yet: ${noSpec.join(', ')}` : ''),
      '',
    );
  }
  const real = groups.filter((g) => !g.synthetic);
  const all = passRates(real.flatMap((g) => g.results.filter((r) => r.baseline !== null)));
  const legend = perturbations.map((p) => `${p.id}: ${p.what}`);
  out.push(
    `${real.map((g) => g.name).join(' + ')}: ${all.pairs} pairs: pass rate ${percent(all.inRange)}, unchanged ${percent(all.unchanged)}`,
    '',
    `${PASS_RATE_DEFINITION} In the table, ${MARKS}.`,
    '',
    ...(markdown ? legend.map((l) => `- ${l}`) : legend),
  );
  return out.join('\n');
}
