/**
 * The shell of an evaluation CLI over folders of labelled tracks (robust, faults): parses
 * `[--flag...] DIR [DIR...]`, checks the folders, prints what `run` returns, and reports a bad
 * argument or input as one line on stderr with exit code 1.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function runFoldersCli(moduleUrl: string, name: string, flags: string[], run: (dirs: string[], flags: Set<string>) => string): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const usage = `usage: npm run -s ${name} -- ${flags.map((f) => `[${f}] `).join('')}DIR [DIR...]`;
  try {
    const argv = process.argv.slice(2);
    const dirs = argv.filter((a) => !a.startsWith('-'));
    const unknown = argv.find((a) => a.startsWith('-') && !flags.includes(a));
    if (unknown) throw new Error(`unknown option ${unknown}\n${usage}`);
    if (dirs.length === 0) throw new Error(usage);
    for (const d of dirs) if (!existsSync(d)) throw new Error(`no such folder: ${d}`);
    process.stdout.write(run(dirs, new Set(argv.filter((a) => a.startsWith('-')))) + '\n');
  } catch (e) {
    process.stderr.write(`${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
