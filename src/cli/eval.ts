/**
 * npm run -s eval -- DIR
 *
 * Evaluates the engine on labelled real tracks: every NAME.labels.json beside a NAME.track.json in
 * DIR is analysed and compared with the hand count. Prints a table and the totals the issue asks
 * for: exact-count rate, off-by-one rate, mean absolute hold error (on labelled holds of 2 s or
 * more: shorter pauses are the top of a dynamic rep, not a timed hold).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseTrack } from '../track/track';
import { analyzeTrackWith, type ExerciseSpec } from '../engine';
import { getExerciseSpec } from '../exercises';

export interface ClipLabels {
  exercise: string;
  reps: number;
  repsAccept?: [number, number];
  holds: { start: number; end: number }[];
}

export interface ClipResult {
  clip: string;
  exercise: string;
  /** False when no spec exists for the exercise yet. */
  supported: boolean;
  labelledReps: number;
  accept: [number, number];
  countedReps: number | null;
  /** Count inside the labelled range (exactly the count where the clip leaves no doubt). */
  exact: boolean;
  offByOne: boolean;
  /** Labelled holds of 2 s or more, and what was measured for each (0 when none matched). */
  holds: { labelled: number; measured: number }[];
  /** The same for shorter labelled pauses at the top: not a target, shown for information. */
  tops: { labelled: number; measured: number }[];
}

export interface EvalReport {
  clips: ClipResult[];
  evaluated: number;
  exactRate: number;
  offByOneRate: number;
  /** Mean absolute error in seconds over labelled holds of 2 s or more; null when there are none. */
  meanHoldError: number | null;
}

/** Labelled pauses shorter than this are the top of a dynamic rep, not a timed hold. */
const MIN_TIMED_HOLD = 2;

export function findLabelledClips(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .map((f) => f.slice(0, -'.labels.json'.length))
    .filter((name) => existsSync(join(dir, `${name}.track.json`)))
    .sort();
}

/**
 * The holds a clip's timing is judged on: none where its labels accept a count of 0, since such a
 * clip starts already in the hold and the engine times a hold only from a rise it has seen.
 */
export const judgedHolds = (c: ClipResult): ClipResult['holds'] => (c.accept[0] > 0 ? c.holds : []);

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function readLabels(dir: string, clip: string): ClipLabels {
  return JSON.parse(readFileSync(join(dir, `${clip}.labels.json`), 'utf8')) as ClipLabels;
}

/** Evaluates one clip; `specFor` gives the spec to run (the catalogue's unless a variant is being tried). */
export function evaluateClip(dir: string, clip: string, specFor: (id: string) => ExerciseSpec | undefined = getExerciseSpec): ClipResult {
  const labels = readLabels(dir, clip);
  const accept = labels.repsAccept ?? [labels.reps, labels.reps];
  const isTimed = (h: { start: number; end: number }) => h.end - h.start >= MIN_TIMED_HOLD;
  const base = { clip, exercise: labels.exercise, labelledReps: labels.reps, accept };
  const spec = specFor(labels.exercise);
  if (!spec) {
    return { ...base, supported: false, countedReps: null, exact: false, offByOne: false, holds: [], tops: [] };
  }
  const analysis = analyzeTrackWith(spec, parseTrack(readFileSync(join(dir, `${clip}.track.json`), 'utf8')));
  const counted = analysis.reps;
  const exact = counted >= accept[0] && counted <= accept[1];
  const offByOne = !exact && (counted === accept[0] - 1 || counted === accept[1] + 1);
  const match = (h: { start: number; end: number }) => {
    const best = analysis.holds.reduce<{ seconds: number; o: number }>(
      (acc, m) => (overlap(h, m) > acc.o ? { seconds: m.seconds, o: overlap(h, m) } : acc),
      { seconds: 0, o: 0 },
    );
    return { labelled: h.end - h.start, measured: best.seconds };
  };
  const holds = labels.holds.filter(isTimed).map(match);
  const tops = labels.holds.filter((h) => !isTimed(h)).map(match);
  return { ...base, supported: true, countedReps: counted, exact, offByOne, holds, tops };
}

export function evaluateDir(dir: string): EvalReport {
  const clips = findLabelledClips(dir).map((clip) => evaluateClip(dir, clip));
  const evaluated = clips.filter((c) => c.supported);
  const holds = evaluated.flatMap((c) => c.holds);
  const rate = (n: number) => (evaluated.length ? n / evaluated.length : 0);
  return {
    clips,
    evaluated: evaluated.length,
    exactRate: rate(evaluated.filter((c) => c.exact).length),
    offByOneRate: rate(evaluated.filter((c) => c.offByOne).length),
    meanHoldError: holds.length ? holds.reduce((s, h) => s + Math.abs(h.measured - h.labelled), 0) / holds.length : null,
  };
}

const pct = (r: number) => `${(100 * r).toFixed(0)}%`;

export function formatReport(report: EvalReport): string {
  const header = ['clip', 'exercise', 'reps labelled', 'reps counted', 'count', 'hold s labelled', 'hold s measured', 'tops < 2 s (info)'];
  const rows = report.clips.map((c) => {
    const labelled = c.accept[0] === c.accept[1] ? `${c.labelledReps}` : `${c.labelledReps} (${c.accept[0]}-${c.accept[1]})`;
    if (!c.supported) return [c.clip, c.exercise, labelled, '-', 'no spec yet', '-', '-', '-'];
    const sum = (k: 'labelled' | 'measured') => c.holds.reduce((s, h) => s + h[k], 0).toFixed(1);
    const mean = (k: 'labelled' | 'measured') => (c.tops.reduce((s, h) => s + h[k], 0) / c.tops.length).toFixed(2);
    return [
      c.clip,
      c.exercise,
      labelled,
      `${c.countedReps}`,
      c.exact ? 'exact' : c.offByOne ? 'off by one' : 'wrong',
      c.holds.length ? sum('labelled') : '-',
      c.holds.length ? sum('measured') : '-',
      c.tops.length ? `${c.tops.length} x ${mean('labelled')} vs ${mean('measured')} s` : '-',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const skipped = report.clips.length - report.evaluated;
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `clips evaluated: ${report.evaluated}${skipped ? ` (${skipped} without a spec yet)` : ''}`,
    `exact-count rate: ${pct(report.exactRate)}`,
    `off-by-one rate: ${pct(report.offByOneRate)}`,
    `mean absolute hold error: ${
      report.meanHoldError === null ? `n/a (no labelled hold of ${MIN_TIMED_HOLD} s or more)` : `${report.meanHoldError.toFixed(2)} s`
    }`,
  ].join('\n');
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npm run -s eval -- DIR');
  if (!existsSync(dir)) throw new Error(`no such folder: ${dir}`);
  const report = evaluateDir(dir);
  if (report.clips.length === 0) throw new Error(`no NAME.labels.json beside a NAME.track.json in ${dir}`);
  process.stdout.write(formatReport(report) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
