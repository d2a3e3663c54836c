/**
 * npm run -s bench:engine
 *
 * Frames per second the exercise engine processes in Node, per exercise, on a synthetic track with
 * detector-like noise (so smoothing, side choice and rules all do real work). Target: > 50,000.
 */
import { performance } from 'node:perf_hooks';
import { SYNTH_EXERCISES, synthesizeTrack } from '../synth';
import { createExerciseEngine, SUPPORTED_EXERCISES } from '../exercises';

const TARGET_FPS = 50_000;
const MIN_SECONDS = 1;

function bench(exercise: string): { frames: number; fps: number } {
  const { track } = synthesizeTrack({ exercise, reps: 5, fps: 30, noise: 0.002, seed: 3 });
  const aspect = track.source.width / track.source.height;
  // Warm up the JIT before timing.
  for (let i = 0; i < 3; i++) {
    const engine = createExerciseEngine(exercise, { aspect });
    for (const frame of track.frames) engine.push(frame);
  }
  let frames = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_SECONDS * 1000) {
    const engine = createExerciseEngine(exercise, { aspect });
    for (const frame of track.frames) engine.push(frame);
    engine.finish();
    frames += track.frames.length;
    elapsed = performance.now() - start;
  }
  return { frames, fps: frames / (elapsed / 1000) };
}

let allFast = true;
// Exercises without a synthetic motion yet have no track to time here.
const rows = SUPPORTED_EXERCISES.filter((id) => SYNTH_EXERCISES.includes(id)).map((exercise) => {
  const { frames, fps } = bench(exercise);
  allFast &&= fps > TARGET_FPS;
  return `${exercise.padEnd(18)} ${Math.round(fps).toLocaleString('en-US').padStart(12)} frames/s  (${frames.toLocaleString('en-US')} frames)`;
});
process.stdout.write(`${'exercise'.padEnd(18)} ${'engine speed'.padStart(12)}\n${rows.join('\n')}\n`);
process.stdout.write(`target > ${TARGET_FPS.toLocaleString('en-US')} frames/s: ${allFast ? 'met' : 'NOT met'}\n`);
