/**
 * npm run -s robust -- [--markdown] [--no-synth] DIR [DIR...]
 *
 * The robustness suite (issue 8): replays every labelled track in each DIR, and the committed
 * synthetic ones (fixtures/synth), unchanged and under what a real camera or detector does (mirror,
 * roll, a smaller off-centre person, lower frame rates, keypoint noise, lost frames, faster and
 * slower reps, a moved camera), and prints the count of each clip under each, with the pass rates.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readLabelledClips } from '../robustness/labelled-clips';
import { PERTURBATIONS } from '../robustness/perturbations';
import { countUnderPerturbations } from '../robustness/robustness-suite';
import { formatRobustness, type RobustnessGroup } from '../robustness/robustness-report';

const USAGE = 'usage: npm run -s robust -- [--markdown] [--no-synth] DIR [DIR...]';
export const SYNTH_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'synth');

export function runRobustness(dirs: string[]): RobustnessGroup[] {
  return dirs.map((dir) => {
    const clips = readLabelledClips(dir);
    if (clips.length === 0) throw new Error(`no NAME.labels.json beside a NAME.track.json in ${dir}`);
    return { name: dir, results: clips.map((c) => countUnderPerturbations(c, PERTURBATIONS)) };
  });
}

function main(argv: string[]): void {
  const dirs = argv.filter((a) => !a.startsWith('-'));
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--markdown' && a !== '--no-synth');
  if (unknown.length) throw new Error(`unknown option ${unknown[0]}\n${USAGE}`);
  if (dirs.length === 0) throw new Error(USAGE);
  for (const d of dirs) if (!existsSync(d)) throw new Error(`no such folder: ${d}`);
  const groups = runRobustness(dirs);
  if (!argv.includes('--no-synth')) {
    groups.push({ ...runRobustness([SYNTH_DIR])[0], name: 'fixtures/synth (synthetic: logic, not accuracy)' });
  }
  process.stdout.write(formatRobustness(groups, PERTURBATIONS, argv.includes('--markdown')) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`robust: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
