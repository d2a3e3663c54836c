/**
 * The committed fixtures must be exactly what their README command makes today: if the generator
 * changes, this fails and says which file to regenerate (with the command from the README).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeTrack } from '../track/track';
import { labelsFor, parseSynthArgs } from './cli-options';
import { synthesizeTrack } from './index';

const README = 'fixtures/synth/README.md';
const COMMAND = /`npm run -s synth -- ([^`]+)`/g;

const commands = [...readFileSync(README, 'utf8').matchAll(COMMAND)].map((m) => m[1].trim().split(/\s+/));

describe('fixtures/synth', () => {
  it('README gives a command for each of the three fixtures', () => {
    expect(commands.map((argv) => parseSynthArgs(argv).out).sort()).toEqual([
      'fixtures/synth/glute-bridge-5reps.track.json',
      'fixtures/synth/glute-bridge-hips-low.track.json',
      'fixtures/synth/superman-hold.track.json',
    ]);
  });

  it.each(commands.map((argv) => [parseSynthArgs(argv).out, argv] as const))('%s is what its command makes', (out, argv) => {
    const { options, labels } = parseSynthArgs([...argv]);
    const { track, truth } = synthesizeTrack(options);
    const committed = readFileSync(out, 'utf8');
    expect(committed.length).toBeLessThan(1_000_000);
    expect(serializeTrack(track) === committed, `${out} is stale: run the README command again`).toBe(true);
    expect(JSON.parse(readFileSync(labels!, 'utf8'))).toEqual(labelsFor(options, truth, [...argv]));
  });
});
