/**
 * npm run extract -- CLIP.mp4 -o CLIP.track.json [--fps 15] [--model full] [--runtime mediapipe|tfjs] [--seconds N]
 * Turns a video into a pose track with the app's real detector in headless Chromium.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_VARIANTS, type ModelVariant } from '../pose/model-files';
import { RUNTIME_IDS, isRuntime, type Runtime } from '../pose/runtimes/registry';
import { makeTrack, serializeTrack, type PoseFrame } from '../track/track';
import { fasterRuntimeHere, openBrowserDetector } from './browser-detector';
import { progressBar } from './progress-bar';
import { decodeClip } from './video-frames';

const USAGE = `usage: npm run extract -- CLIP.mp4 -o CLIP.track.json [--fps 15] [--model ${MODEL_VARIANTS.join('|')}] [--runtime ${RUNTIME_IDS.join('|')}] [--seconds N]`;

function die(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      fps: { type: 'string', default: '15' },
      model: { type: 'string', default: 'full' },
      runtime: { type: 'string' },
      seconds: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(USAGE);
  const clip = positionals[0];
  if (!clip || !values.out) die(USAGE);
  const fps = Number(values.fps);
  if (!(fps > 0 && fps <= 60)) die(`--fps must be between 0 and 60, got ${values.fps}`);
  if (!MODEL_VARIANTS.includes(values.model as ModelVariant)) die(`--model must be one of ${MODEL_VARIANTS.join(', ')}`);
  if (values.runtime && !isRuntime(values.runtime)) die(`--runtime must be one of ${RUNTIME_IDS.join(', ')}`);
  const variant = values.model as ModelVariant;

  let decoded;
  try {
    decoded = decodeClip(clip, fps, { maxFrames: values.seconds ? Math.max(1, Math.round(Number(values.seconds) * fps)) : undefined });
  } catch (e) {
    die(`Could not decode ${clip}: ${(e as Error).message}`);
  }
  if (!decoded.files.length) die(`${clip}: ffmpeg produced no frames`);
  const detector = await openBrowserDetector();
  try {
    let runtime = values.runtime as Runtime | undefined;
    if (!runtime) {
      const choice = await fasterRuntimeHere(detector, variant, decoded.files[0]);
      runtime = choice.runtime;
      console.error(`runtime: ${runtime} (${choice.reason}; --runtime to choose)`);
    }
    const { backend } = await detector.init(runtime, variant);
    const bar = progressBar(`${basename(clip)} ${backend} ${variant}`, decoded.files.length);
    const frames: PoseFrame[] = [];
    let withPose = 0;
    for (let i = 0; i < decoded.files.length; i++) {
      const { frame } = await detector.detect(decoded.files[i], i / fps);
      if (frame.keypoints) withPose++;
      frames.push(frame);
      bar.tick(`${withPose} with a pose`);
    }
    bar.done(`${withPose}/${frames.length} frames with a pose`);
    const track = makeTrack({ name: basename(clip).replace(/\.[^.]+$/, ''), width: decoded.width, height: decoded.height, fps }, { name: 'blazepose', variant, runtime }, frames);
    writeFileSync(values.out, serializeTrack(track));
    console.error(`wrote ${values.out}`);
  } finally {
    await detector.close();
    decoded.cleanup();
  }
}

main().catch((e) => {
  console.error(`extract failed: ${(e as Error).message}`);
  process.exit(1);
});
