/**
 * Command-line options of `npm run -s synth` as SynthOptions, and the labels file it writes. Kept
 * apart from the CLI so the fixtures test can rebuild each fixture from the command in its README.
 */
import { parseArgs } from 'node:util';
import { SYNTH_EXERCISES } from './index';
import type { SynthOptions, SynthTruth } from './types';

export const USAGE =
  'usage: npm run -s synth -- --exercise ID [--reps N] [--fps N] [--fault ID]... [--side left|right] [--facing left|right] ' +
  '[--mirrored] [--scale S] [--offset X,Y] [--noise SIGMA] [--hold SECONDS] [--rest SECONDS] [--uneven] ' +
  '[--dropout START:DURATION]... [--walk-out] [--reverse] [--seed N] -o OUT.track.json [--labels OUT.labels.json]';

const number = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, is "${text}"`);
  return value;
};

const side = (name: string, text: string | undefined): 'left' | 'right' | undefined => {
  if (text === undefined || text === 'left' || text === 'right') return text;
  throw new Error(`--${name} must be left or right, is "${text}"`);
};

/** "2.5:1" -> { start: 2.5, duration: 1 } */
const dropout = (text: string) => {
  const [start, duration] = text.split(':').map(Number);
  if (!Number.isFinite(start) || !(duration > 0)) throw new Error(`--dropout must be START:DURATION in seconds, is "${text}"`);
  return { start, duration };
};

export function parseSynthArgs(argv: string[]): { options: SynthOptions; out: string; labels?: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      exercise: { type: 'string', short: 'e' },
      reps: { type: 'string' },
      fps: { type: 'string' },
      fault: { type: 'string', multiple: true },
      side: { type: 'string' },
      facing: { type: 'string' },
      mirrored: { type: 'boolean' },
      scale: { type: 'string' },
      offset: { type: 'string' },
      noise: { type: 'string' },
      hold: { type: 'string' },
      rest: { type: 'string' },
      uneven: { type: 'boolean' },
      dropout: { type: 'string', multiple: true },
      'walk-out': { type: 'boolean' },
      reverse: { type: 'boolean' },
      seed: { type: 'string' },
      out: { type: 'string', short: 'o' },
      labels: { type: 'string' },
    },
  });
  if (!values.exercise) throw new Error(`missing --exercise (one of ${SYNTH_EXERCISES.join(', ')})\n${USAGE}`);
  if (!values.out) throw new Error(`missing -o OUT.track.json\n${USAGE}`);
  const offset = values.offset?.split(',').map(Number);
  if (offset && (offset.length !== 2 || offset.some((v) => !Number.isFinite(v)))) throw new Error('--offset must be X,Y');
  return {
    out: values.out,
    labels: values.labels,
    options: {
      exercise: values.exercise,
      reps: number('reps', values.reps),
      fps: number('fps', values.fps),
      faults: values.fault,
      side: side('side', values.side),
      facing: side('facing', values.facing),
      mirrored: values.mirrored,
      scale: number('scale', values.scale),
      offset: offset && { x: offset[0], y: offset[1] },
      noise: number('noise', values.noise),
      holdSeconds: number('hold', values.hold),
      restSeconds: number('rest', values.rest),
      unevenSpacing: values.uneven,
      dropouts: values.dropout?.map(dropout),
      walkOut: values['walk-out'],
      reverse: values.reverse,
      seed: number('seed', values.seed),
    },
  };
}

/** The truth as evaluation labels; notes say how the track was made. */
export function labelsFor(options: SynthOptions, truth: SynthTruth, argv: string[]): object {
  return {
    exercise: options.exercise,
    reps: truth.reps,
    holds: truth.holds,
    faults: truth.faults,
    notes: `SYNTHETIC keyframed skeleton (src/synth), a logic test, not evidence of accuracy on people. Made by: npm run -s synth -- ${argv.join(' ')}`,
  };
}
