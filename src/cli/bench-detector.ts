/**
 * npm run bench:detector [-- --frames 20 --fps 5 --runtimes tfjs,mediapipe --models lite,full,heavy --width 1280]
 * For every runtime x model here: first-call ms, median and 90th-percentile ms per frame, and the
 * pipeline's own cost per frame (engine + overlay) as a ratio of the detector's, in headless
 * Chromium on frames of a licensed clip. A benchmark, not a test: numbers vary run to run; compare
 * the ratios measured in one run.
 */
import { parseArgs } from 'node:util';
import { MODEL_VARIANTS, type ModelVariant } from '../pose/model-files';
import { RUNTIME_IDS, type Runtime } from '../pose/runtimes/registry';
import { median, percentile } from '../pose/runtime-choice';
import { openBrowserDetector } from './browser-detector';
import { decodeClip } from './video-frames';

const CLIP = 'fixtures/licensed/gymnai-clips/bird_dog.mp4';

async function main() {
  const { values } = parseArgs({
    options: {
      frames: { type: 'string', default: '20' },
      fps: { type: 'string', default: '5' },
      runtimes: { type: 'string', default: RUNTIME_IDS.join(',') },
      models: { type: 'string', default: MODEL_VARIANTS.join(',') },
      clip: { type: 'string', default: CLIP },
      width: { type: 'string', default: '1280' },
    },
  });
  const frames = Number(values.frames);
  const runtimes = values.runtimes!.split(',') as Runtime[];
  const models = values.models!.split(',') as ModelVariant[];
  const decoded = decodeClip(values.clip!, Number(values.fps), { maxFrames: frames + 1, maxWidth: Number(values.width) });
  const det = await openBrowserDetector();
  const env = await det.environment();
  console.log(`clip: ${values.clip} (${decoded.width}x${decoded.height}), ${decoded.files.length - 1} timed frames after one warm-up call`);
  console.log(`WebGL renderer: ${env.renderer}; WebGL2: ${env.webgl2 ? 'yes' : 'no'}`);
  console.log(`cores: ${(await import('node:os')).cpus().length}`);
  console.log('');
  console.log('| runtime | model | backend | first call ms | median ms | p90 ms | fps (1/median) | own cost ms (engine + overlay) | own cost / detector |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  try {
    for (const runtime of runtimes) {
      for (const model of models) {
        let row: string;
        try {
          const { backend } = await det.init(runtime, model);
          const first = await det.detect(decoded.files[0], 0);
          const times: number[] = [];
          const own: number[] = [];
          for (let i = 1; i < decoded.files.length; i++) {
            const r = await det.detect(decoded.files[i], i / Number(values.fps));
            times.push(r.detectorMs);
            own.push(r.ownMs);
          }
          const med = median(times);
          const ownMed = median(own);
          row = `| ${runtime} | ${model} | ${backend} | ${first.detectorMs.toFixed(0)} | ${med.toFixed(1)} | ${percentile(times, 90).toFixed(1)} | ${(1000 / med).toFixed(1)} | ${ownMed.toFixed(2)} | ${((100 * ownMed) / med).toFixed(1)} % |`;
        } catch (e) {
          row = `| ${runtime} | ${model} | failed: ${(e as Error).message.slice(0, 80)} | | | | | | |`;
        }
        console.log(row);
      }
    }
  } finally {
    await det.close();
    decoded.cleanup();
  }
}

main().catch((e) => {
  console.error(`bench:detector failed: ${(e as Error).message}`);
  process.exit(1);
});
