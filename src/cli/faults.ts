/**
 * npm run -s faults -- [--markdown] DIR [DIR...]
 *
 * The fault evaluation (issue 14): for every labelled real track in each DIR whose exercise has a
 * spec, injects each fault its rules name at each rep's top (src/robustness/fault-injectors.ts),
 * replays it, and prints per fault the recall, and per rule the cues given on the clean tracks.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readLabelledClips } from '../robustness/labelled-clips';
import { evaluateClipFaults, type ClipFaults } from '../robustness/fault-evaluation';
import { formatFaults } from '../robustness/fault-report';

const USAGE = 'usage: npm run -s faults -- [--markdown] DIR [DIR...]';

export function runFaults(dirs: string[]): ClipFaults[] {
  return dirs.flatMap((dir) => {
    const clips = readLabelledClips(dir);
    if (clips.length === 0) throw new Error(`no NAME.labels.json beside a NAME.track.json in ${dir}`);
    return clips.map((c) => evaluateClipFaults(c)).filter((r): r is ClipFaults => r !== null);
  });
}

function main(argv: string[]): void {
  const dirs = argv.filter((a) => !a.startsWith('-'));
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--markdown');
  if (unknown.length) throw new Error(`unknown option ${unknown[0]}\n${USAGE}`);
  if (dirs.length === 0) throw new Error(USAGE);
  for (const d of dirs) if (!existsSync(d)) throw new Error(`no such folder: ${d}`);
  process.stdout.write(formatFaults(runFaults(dirs), argv.includes('--markdown')) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`faults: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
