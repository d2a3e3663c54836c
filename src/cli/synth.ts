/**
 * npm run -s synth -- --exercise ID [--reps N] [--fps N] [--fault ID]... [--side left|right]
 *   [--facing left|right] [--mirrored] [--scale S] [--offset X,Y] [--noise SIGMA] [--hold SECONDS]
 *   [--rest SECONDS] [--uneven] [--dropout START:DURATION]... [--walk-out] [--reverse] [--seed N] -o OUT.track.json [--labels OUT.labels.json]
 *
 * Writes a synthetic pose track (src/synth) and prints its truth (reps, holds, faults, rep
 * intervals) as JSON on stdout; --labels also writes the truth in the labels format the eval CLI
 * reads (shared/design/pose-track.md). Synthetic tracks test logic, never accuracy on people.
 */
import { writeFileSync } from 'node:fs';
import { serializeTrack } from '../track/track';
import { synthesizeTrack } from '../synth';
import { labelsFor, parseSynthArgs } from '../synth/cli-options';

try {
  const argv = process.argv.slice(2);
  const { options, out, labels } = parseSynthArgs(argv);
  const { track, truth } = synthesizeTrack(options);
  writeFileSync(out, serializeTrack(track));
  if (labels) writeFileSync(labels, `${JSON.stringify(labelsFor(options, truth, argv), null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(truth)}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
