/**
 * npm run -s analyze -- --exercise ID [--hold SECONDS] [--trace] TRACK.json
 *
 * Replays a pose track through the exercise engine and prints one JSON object: reps, holds, faults
 * and rep scores. With --trace it prints instead a CSV of the engine's state per frame (time, phase,
 * signal, metric), the quickest way to see why a clip counts as it does.
 */
import { readFileSync } from 'node:fs';
import { parseTrack, TrackFormatError } from '../track/track';
import { analyzeTrack, createExerciseEngine, getExerciseSpec, SUPPORTED_EXERCISES } from '../exercises';
import { trackAspect } from '../engine/analyze-track';

const USAGE = 'usage: npm run -s analyze -- --exercise ID [--hold SECONDS] [--trace] TRACK.json';

interface Args {
  exercise: string;
  file: string;
  holdSeconds?: number;
  trace: boolean;
}

function parseArgs(argv: string[]): Args {
  let exercise: string | undefined;
  let file: string | undefined;
  let holdSeconds: number | undefined;
  let trace = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--exercise' || a === '-e') exercise = argv[++i];
    else if (a.startsWith('--exercise=')) exercise = a.slice('--exercise='.length);
    else if (a === '--hold') holdSeconds = Number(argv[++i]);
    else if (a === '--trace') trace = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else file = a;
  }
  if (!exercise) throw new Error(`missing --exercise\n${USAGE}`);
  if (!file) throw new Error(`missing TRACK.json\n${USAGE}`);
  if (holdSeconds !== undefined && !(holdSeconds > 0)) throw new Error('--hold must be a positive number of seconds');
  return { exercise, file, holdSeconds, trace };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!getExerciseSpec(args.exercise)) {
    throw new Error(`unknown exercise "${args.exercise}"; supported: ${SUPPORTED_EXERCISES.join(', ')}`);
  }
  const track = parseTrack(readFileSync(args.file, 'utf8'));
  if (args.trace) {
    const engine = createExerciseEngine(args.exercise, { holdSeconds: args.holdSeconds, aspect: trackAspect(track) });
    const lines = ['t,phase,signal,metric,side,reps,holdSeconds,faults,events'];
    for (const frame of track.frames) {
      const events = engine.push(frame);
      const s = engine.snapshot();
      lines.push(
        [
          s.t.toFixed(3),
          s.phase,
          s.signal?.toFixed(3) ?? '',
          s.metric?.toFixed(1) ?? '',
          s.side ?? '',
          s.reps,
          s.holdSeconds.toFixed(2),
          s.activeFaults.map((f) => f.rule).join(' '),
          events.map((e) => (e.type === 'fault' ? `fault:${e.rule}` : e.type)).join(' '),
        ].join(','),
      );
    }
    process.stdout.write(lines.join('\n') + '\n');
    return;
  }
  const { events: _events, ...summary } = analyzeTrack(track, args.exercise, { holdSeconds: args.holdSeconds });
  process.stdout.write(JSON.stringify(summary) + '\n');
}

try {
  main();
} catch (e) {
  const message = e instanceof TrackFormatError || e instanceof Error ? e.message : String(e);
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(1);
}
