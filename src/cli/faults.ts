/**
 * npm run -s faults -- [--markdown] DIR [DIR...]
 *
 * The fault evaluation (issue 14): for every labelled real track in each DIR whose exercise has a
 * spec, injects each fault its rules name at each rep's top (src/robustness/fault-injectors.ts),
 * replays it, and prints per fault the recall, and per rule the cues given on the clean tracks.
 */
import { readLabelledClips } from '../robustness/labelled-clips';
import { evaluateClipFaults, type ClipFaults } from '../robustness/fault-evaluation';
import { formatFaults } from '../robustness/fault-report';
import { runFoldersCli } from './folders-cli';

export function runFaults(dirs: string[]): ClipFaults[] {
  return dirs.flatMap((dir) => {
    const clips = readLabelledClips(dir);
    return clips.map((c) => evaluateClipFaults(c)).filter((r): r is ClipFaults => r !== null);
  });
}

runFoldersCli(import.meta.url, 'faults', ['--markdown'], (dirs, flags) => formatFaults(runFaults(dirs), flags.has('--markdown')));
