/**
 * npm run bench:live [-- --seconds 20 --model lite --modes worker,main --camera-fps 60]
 * Drives the BUILT app (vite preview) in headless Chromium with a fake 1280x720 camera made from a
 * licensed clip, at 60 fps by default so that the camera outruns the detector and live/bench measures
 * the app's pipeline, not the camera's rate. One row with the detector in its Web Worker, one on the
 * main thread (?detector=main), and the same runtime+model measured by the bench:detector method
 * around the rows in the same run. A benchmark, not a test: compare the rows of one run.
 * `--seconds 600 --modes worker` is the 10-minute heap run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from '@playwright/test';
import { isModelVariant } from '../pose/model-files';
import { median, percentile } from '../pose/runtime-choice';
import { openBrowserDetector, startBuiltApp, type BuiltApp } from './browser-detector';
import { fakeCameraArgs } from './chromium';
import { installLiveProbe, type LiveWindow } from './live-probe';
import { decodeClip } from './video-frames';

const CLIP = 'fixtures/licensed/gymnai-clips/bird_dog.mp4';
const root = join(import.meta.dirname, '..', '..');

/** A 3 s loop (Chromium's fake camera repeats the file) at `fps`; the y4m header carries the rate the fake device runs at. The clip is 30 fps: 60 repeats each frame. */
function makeCamera(fps: number): string {
  const file = join(root, '.cache', `live-camera-1280x720-${fps}fps.y4m`);
  if (existsSync(file)) return file;
  mkdirSync(join(root, '.cache'), { recursive: true });
  execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', join(root, CLIP), '-t', '3', '-vf', `scale=1280:720,fps=${fps},format=yuv420p`, '-f', 'yuv4mpegpipe', file]);
  return file;
}

async function heapAfterGcMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1e6;
}

/** The detector benchmark's number for the same runtime+model on frames of the same clip. */
async function benchFps(app: BuiltApp, model: string): Promise<number> {
  const det = await openBrowserDetector({ app });
  const clip = decodeClip(join(root, CLIP), 5, { maxFrames: 21 });
  try {
    await det.init('tfjs', model as 'lite');
    await det.detect(clip.files[0], 0);
    const times: number[] = [];
    for (let i = 1; i < clip.files.length; i++) times.push((await det.detect(clip.files[i], i / 5)).detectorMs);
    return 1000 / median(times);
  } finally {
    clip.cleanup();
    await det.close();
  }
}

interface LiveResult {
  mode: string;
  window: LiveWindow;
  heapStart: number;
  heapEnd: number;
  /** Frames recorded by the end, and the typed arrays they take (not in the JS heap figure). */
  recorded: { frames: number; mb: number };
}

async function measureLive(app: BuiltApp, mode: string, model: string, seconds: number, cameraFps: number): Promise<LiveResult> {
  const page: Page = await app.newPage();
  try {
    await page.addInitScript({ content: `(${installLiveProbe.toString()})(${cameraFps});` });
    await page.goto(`${app.url}?view=lab&runtime=tfjs&model=${model}${mode === 'main' ? '&detector=main' : ''}`);
    await page.waitForFunction(() => (window as unknown as { __spineCoachReady?: boolean }).__spineCoachReady === true);
    await page.getByTestId('start-camera').click();
    await page.waitForFunction(() => (window as unknown as { __poseStream: { frameCount: number } }).__poseStream.frameCount >= 30, undefined, { timeout: 120_000 });
    await page.waitForTimeout(2000);
    const cdp = await page.context().newCDPSession(page);
    const heapStart = await heapAfterGcMB(cdp);
    await page.evaluate(() => (window as unknown as { __liveProbe: { begin(): void } }).__liveProbe.begin());
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      await page.waitForTimeout(900 + Math.random() * 200);
      await page.keyboard.press('F9');
    }
    const measured: LiveWindow = await page.evaluate(() => (window as unknown as { __liveProbe: { end(): LiveWindow } }).__liveProbe.end());
    const heapEnd = await heapAfterGcMB(cdp);
    const recorded = await page.evaluate(() => {
      const s = (window as unknown as { __poseStream: { frameCount: number; recordedBytes(): number } }).__poseStream;
      return { frames: s.frameCount, mb: s.recordedBytes() / 1e6 };
    });
    return { mode, window: measured, heapStart, heapEnd, recorded };
  } finally {
    await page.close();
  }
}

const f = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

function row(r: LiveResult, bench: number): string {
  const w = r.window;
  const rate = w.detections / w.seconds;
  const minutes = w.seconds / 60;
  const appLong = w.longFrames.filter((l) => l.scripts.some((s) => s.source.startsWith('main-') || s.source.startsWith('pose-detection') || s.source.startsWith('dist-')));
  return [
    r.mode,
    `${f(w.cameraFrames / w.seconds)} (${f(w.cameraSettingsFps, 0)})`,
    f(rate),
    f(rate / bench, 2),
    `${f(median(w.lagMs), 0)} / ${f(percentile(w.lagMs, 90), 0)} / ${f(Math.max(...w.lagMs), 0)}`,
    f(w.animationFrames / w.seconds),
    `${f(w.longTaskMs.length / w.seconds)} (max ${f(Math.max(0, ...w.longTaskMs), 0)})`,
    `${appLong.length}`,
    `${f(median(w.keyHandlerMs), 0)} / ${f(Math.max(...w.keyHandlerMs), 0)}`,
    `${f(median(w.keyToFrameMs), 0)}`,
    `${f(r.heapStart)} → ${f(r.heapEnd)} (${f((r.heapEnd - r.heapStart) / minutes, 2)}/min)`,
  ].join(' | ');
}

function topScripts(r: LiveResult): string {
  const total = new Map<string, number>();
  for (const l of r.window.longFrames) for (const s of l.scripts) total.set(s.source, (total.get(s.source) ?? 0) + s.duration);
  return [...total].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([s, ms]) => `${s} ${f(ms / r.window.seconds, 0)} ms/s`).join('; ') || 'none';
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '20' },
      model: { type: 'string', default: 'lite' },
      modes: { type: 'string', default: 'worker,main' },
      'camera-fps': { type: 'string', default: '60' },
    },
  });
  const seconds = Number(values.seconds);
  const model = values.model!;
  if (!isModelVariant(model)) throw new Error(`--model must be lite, full or heavy`);
  const cameraFps = Number(values['camera-fps']);
  const loadStart = loadavg();
  const cameraFile = makeCamera(cameraFps);
  const app = await startBuiltApp([...fakeCameraArgs(cameraFile), '--enable-blink-features=LongAnimationFrameTiming']);
  try {
    // The detector benchmark runs before every row and after the last; a row is compared with the mean of
    // the two around it, so a change in the machine's load during the run weighs on both sides alike.
    const benches = [await benchFps(app, model)];
    const results: LiveResult[] = [];
    for (const mode of values.modes!.split(',')) {
      results.push(await measureLive(app, mode, model, seconds, cameraFps));
      benches.push(await benchFps(app, model));
    }
    const benchAround = (i: number) => (benches[i] + benches[i + 1]) / 2;
    console.log(`tfjs ${model}, fake camera 1280x720 at ${cameraFps} fps (${CLIP}, camera frame rate lifted from the app's 30 cap), ${seconds} s per row; cores: ${cpus().length}`);
    console.log(`${new Date().toISOString()}; load average at the start / end: ${loadStart.map((l) => l.toFixed(1)).join(' ')} / ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`bench:detector method, same run, before / between / after the rows: ${benches.map((b) => f(b)).join(' / ')} detections/s (1 / median detector ms)`);
    console.log('');
    console.log('| detector | camera frames/s seen (track setting) | detections/s | live/bench | lag ms median / p90 / max | animation frames/s | long tasks/s (max ms) | long frames (>50 ms) with app scripts | key press to handler ms median / max | key press to next frame ms | heap after GC MB start → end (per min) |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    results.forEach((r, i) => console.log(`| ${row(r, benchAround(i))} |`));
    console.log('');
    for (const r of results) {
      const steps = Object.entries(r.window.steps).map(([k, v]) => `${k} ${f(median(v), 1)}`).join(', ');
      console.log(`${r.mode}: steps per frame, median ms: ${steps || 'detector on the page (no worker steps)'}`);
      console.log(`${r.mode}: long animation frames' scripts: ${topScripts(r)}`);
      console.log(`${r.mode}: recording at the end: ${r.recorded.frames} frames in ${f(r.recorded.mb, 2)} MB of typed arrays`);
    }
  } finally {
    await app.close();
  }
}

main().catch((e) => {
  console.error(`bench:live failed: ${(e as Error).message}`);
  process.exit(1);
});
