/**
 * npm run -s sensitivity -- DIR [DIR...]
 *
 * Were the exercise constants chosen for one clip? For every spec'd exercise in the labelled dev
 * sets and every counting constant of its spec (enter/exit levels, their dwell seconds, the top
 * plateau's drop, and the span of the signal's ramp), each constant is moved by -40 % .. +40 % and
 * every clip of that exercise re-run. A clip "passes" when its count is in the labelled range and
 * its timed holds are within 0.5 s (a clip that starts in its hold has none the engine can time).
 *
 * Leave-one-clip-out: for each clip and constant, the values the OTHER clips accept are found
 * (the run of multipliers around 1 where they all pass). If the held-out clip fails anywhere in
 * that run, the constant's value was pinned by that clip alone, and the clip is listed as fitted.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExerciseSpec } from '../engine/exercise-spec';
import { getExerciseSpec } from '../exercises';
import { evaluateClip, findLabelledClips, judgedHolds, readLabels, type ClipResult } from './eval';

export const MULTIPLIERS = [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4];
const HOLD_TOLERANCE = 0.5;
const DEFAULT_PLATEAU_DROP = 0.03;

/** A counting constant of a spec, and the spec with that constant multiplied by k. */
export interface SpecConstant {
  name: string;
  vary(spec: ExerciseSpec, k: number): ExerciseSpec;
}

const phase = (key: 'enter' | 'exit' | 'enterSeconds' | 'exitSeconds'): SpecConstant => ({
  name: key,
  vary: (spec, k) => ({ ...spec, phases: { ...spec.phases, [key]: spec.phases[key] * k } }),
});

export const SPEC_CONSTANTS: SpecConstant[] = [
  phase('enter'),
  phase('exit'),
  phase('enterSeconds'),
  phase('exitSeconds'),
  { name: 'plateauDrop', vary: (spec, k) => ({ ...spec, plateauDrop: (spec.plateauDrop ?? DEFAULT_PLATEAU_DROP) * k }) },
  // The ramp's span in degrees or torso lengths: a span k times wider reads every lift 1/k as far.
  { name: 'signal span', vary: (spec, k) => ({ ...spec, signal: (f) => spec.signal(f) / k }) },
];

export const passes = (c: ClipResult): boolean => c.exact && judgedHolds(c).every((h) => Math.abs(h.measured - h.labelled) < HOLD_TOLERANCE);

export interface ClipRef {
  dir: string;
  clip: string;
  exercise: string;
}

/** passes[clip][multiplier index] for one constant. */
export function sweep(clips: ClipRef[], constant: SpecConstant): boolean[][] {
  return clips.map(({ dir, clip }) =>
    MULTIPLIERS.map((k) => passes(evaluateClip(dir, clip, (id) => {
      const spec = getExerciseSpec(id);
      return spec && constant.vary(spec, k);
    }))),
  );
}

/** Indices of the run of multipliers around 1 where every row passes; null if 1 itself fails. */
export function acceptedRun(rows: boolean[][]): [number, number] | null {
  const ok = (i: number) => rows.every((r) => r[i]);
  let lo = MULTIPLIERS.indexOf(1);
  if (!ok(lo)) return null;
  let hi = lo;
  while (lo > 0 && ok(lo - 1)) lo--;
  while (hi < MULTIPLIERS.length - 1 && ok(hi + 1)) hi++;
  return [lo, hi];
}

/** Clips whose own result alone pins this constant: the others accept a value where it fails. */
export function fittedClips(clips: ClipRef[], rows: boolean[][]): string[] {
  return clips
    .filter((_, i) => {
      const others = acceptedRun(rows.filter((_, j) => j !== i));
      if (!others) return false;
      for (let m = others[0]; m <= others[1]; m++) if (!rows[i][m]) return true;
      return false;
    })
    .map((c) => c.clip);
}

const range = (run: [number, number] | null) => (run ? `x${MULTIPLIERS[run[0]]} .. x${MULTIPLIERS[run[1]]}` : 'fails at x1');

function main(): void {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) throw new Error('usage: npm run -s sensitivity -- DIR [DIR...]');
  for (const d of dirs) if (!existsSync(d)) throw new Error(`no such folder: ${d}`);
  const clips: ClipRef[] = dirs.flatMap((dir) =>
    findLabelledClips(dir).map((clip) => ({ dir, clip, exercise: readLabels(dir, clip).exercise })),
  );
  const exercises = [...new Set(clips.map((c) => c.exercise))].filter((id) => getExerciseSpec(id)).sort();
  const lines = ['exercise          constant       all clips pass     fitted to one clip (leave-one-out)'];
  const fitted = new Set<string>();
  for (const exercise of exercises) {
    const own = clips.filter((c) => c.exercise === exercise);
    for (const constant of SPEC_CONSTANTS) {
      const rows = sweep(own, constant);
      const pinned = fittedClips(own, rows);
      pinned.forEach((c) => fitted.add(c));
      lines.push(`${exercise.padEnd(18)}${constant.name.padEnd(15)}${range(acceptedRun(rows)).padEnd(19)}${pinned.join(', ') || '-'}`);
    }
  }
  lines.push('', `clips: ${clips.filter((c) => exercises.includes(c.exercise)).length} from ${dirs.map((d) => basename(d)).join(', ')}`);
  lines.push(`multipliers tried: ${MULTIPLIERS.join(', ')}`);
  lines.push(`clips that alone pin a constant: ${fitted.size ? [...fitted].join(', ') : 'none'}`);
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`sensitivity: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
