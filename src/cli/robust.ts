/**
 * npm run -s robust -- [--markdown] [--no-synth] DIR [DIR...]
 *
 * The robustness suite (issue 8): replays every labelled track in each DIR, and the committed
 * synthetic ones (fixtures/synth), unchanged and under what a real camera or detector does (mirror,
 * roll, a smaller off-centre person, lower frame rates, keypoint noise, lost frames, faster and
 * slower reps, a moved camera), and prints the count of each clip under each, with the pass rates.
 */
import { join } from 'node:path';
import { readLabelledClips } from '../robustness/labelled-clips';
import { PERTURBATIONS } from '../robustness/perturbations';
import { countUnderPerturbations } from '../robustness/robustness-suite';
import { formatRobustness, type RobustnessGroup } from '../robustness/robustness-report';
import { runFoldersCli } from './folders-cli';

export const SYNTH_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'synth');

export function runRobustness(dirs: string[]): RobustnessGroup[] {
  return dirs.map((dir) => {
    const clips = readLabelledClips(dir);
    return { name: dir, results: clips.map((c) => countUnderPerturbations(c, PERTURBATIONS)) };
  });
}

runFoldersCli(import.meta.url, 'robust', ['--markdown', '--no-synth'], (dirs, flags) => {
  const groups = runRobustness(dirs);
  if (!flags.has('--no-synth')) groups.push({ ...runRobustness([SYNTH_DIR])[0], name: 'fixtures/synth (synthetic: logic, not accuracy)', synthetic: true });
  return formatRobustness(groups, PERTURBATIONS, flags.has('--markdown'));
});
