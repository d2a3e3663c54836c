/**
 * Two detector runtimes, one PoseFrame: they agree on the same frames, the app falls back to WASM
 * without WebGL, and nothing leaks while frames run.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { decodeClip } from '../../src/cli/video-frames';
import type { PoseFrame } from '../../src/track/track';
import config from '../../playwright.config';
import { waitForApp, watchPage } from '../support/offline';

type Tools = { spineTools: { init(r: string, v: string): Promise<unknown>; detect(b64: string, t: number): Promise<{ frame: PoseFrame }> } };

async function detectAll(page: Page, runtime: string, files: string[]): Promise<PoseFrame[]> {
  await page.evaluate(([r]) => (window as unknown as Tools).spineTools.init(r, 'full'), [runtime]);
  const frames: PoseFrame[] = [];
  for (let i = 0; i < files.length; i++) {
    const b64 = readFileSync(files[i]).toString('base64');
    frames.push((await page.evaluate(([d, t]) => (window as unknown as Tools).spineTools.detect(d, t), [b64, i / 2] as const)).frame);
  }
  return frames;
}

test('mediapipe and tfjs runtimes find the same pose on the same frames', async ({ page }) => {
  test.setTimeout(300_000);
  const clip = decodeClip('fixtures/licensed/gymnai-clips/push_up.mp4', 2, { maxFrames: 6 });
  try {
    await page.goto('/tools.html');
    await page.waitForFunction(() => (window as unknown as { __spineToolsReady?: boolean }).__spineToolsReady);
    const tfjs = await detectAll(page, 'tfjs', clip.files);
    const mediapipe = await detectAll(page, 'mediapipe', clip.files);
    const diagonal = Math.hypot(clip.width, clip.height);
    const distances: number[] = [];
    let framesBoth = 0;
    for (let f = 0; f < clip.files.length; f++) {
      const a = tfjs[f].keypoints;
      const b = mediapipe[f].keypoints;
      if (!a || !b) continue;
      framesBoth++;
      for (let k = 0; k < 33; k++) {
        if (a[k][3] > 0.5 && b[k][3] > 0.5) {
          distances.push(Math.hypot((a[k][0] - b[k][0]) * clip.width, (a[k][1] - b[k][1]) * clip.height) / diagonal);
        }
      }
    }
    expect(framesBoth).toBeGreaterThanOrEqual(5);
    expect(distances.length).toBeGreaterThan(50);
    distances.sort((x, y) => x - y);
    const medianDistance = distances[distances.length >> 1];
    console.log(`runtime agreement: median ${(100 * medianDistance).toFixed(2)} % of the diagonal over ${distances.length} keypoints`);
    expect(medianDistance).toBeLessThan(0.02);
  } finally {
    clip.cleanup();
  }
});

test('without WebGL the app still tracks, on the WASM path, with no error shown', async () => {
  test.setTimeout(180_000);
  const launch = config.use!.launchOptions!;
  const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), '--disable-webgl', '--disable-webgl2'] });
  try {
    const page = await browser.newPage({ baseURL: config.use!.baseURL });
    const watch = await watchPage(page);
    await page.goto('/?view=lab'); // runtime "fastest here": must not even try the WebGL runtime
    await waitForApp(page);
    expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(false);
    await page.getByTestId('start-camera').click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=frame-count]')?.textContent) >= 5, undefined, { timeout: 150_000 });
    await expect(page.getByTestId('keypoint-count')).toHaveText('33');
    await expect(page.getByTestId('stats')).toContainText('tfjs-wasm');
    await expect(page.getByTestId('problem')).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('tensors and detector resources stay flat from 50 to 500 frames', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/?view=lab&runtime=tfjs&model=lite');
  await waitForApp(page);
  await page.getByTestId('start-camera').click();
  type Probe = { __poseStream: { frameCount: number; detectorResources(): number } };
  const at = async (n: number) => {
    await page.waitForFunction((count) => (window as unknown as Probe).__poseStream.frameCount >= count, n, { timeout: 240_000 });
    return page.evaluate(() => ({
      resources: (window as unknown as Probe).__poseStream.detectorResources(),
      heapMB: ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6,
    }));
  };
  const after50 = await at(50);
  const after500 = await at(500);
  console.log(`after 50 frames: ${after50.resources} tensors, ${after50.heapMB.toFixed(1)} MB heap; after 500: ${after500.resources} tensors, ${after500.heapMB.toFixed(1)} MB heap`);
  expect(after50.resources).toBeGreaterThan(0); // the model's weights: proves we are counting something real
  expect(after500.resources).toBe(after50.resources);
});

test('first start measures both runtimes on the live source, picks the faster and remembers it', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/?view=lab&calibrate'); // measure even though software WebGL already decides it here
  await waitForApp(page);
  expect(await page.evaluate(() => localStorage.getItem('spine-coach.runtime-choice.v1'))).toBeNull();
  await page.getByTestId('start-camera').click();
  await expect(page.getByTestId('model-loading')).toContainText('Measuring which detector runs fastest', { timeout: 60_000 });
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=frame-count]')?.textContent) >= 3, undefined, { timeout: 200_000 });
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('spine-coach.runtime-choice.v1')))!);
  console.log(`calibration: ${JSON.stringify(stored.medians)} ms per frame -> ${stored.runtime}`);
  expect(stored.medians.tfjs).toBeGreaterThan(0);
  expect(stored.medians.mediapipe).toBeGreaterThan(0);
  // The choice is the faster of the two as measured, and the one now running.
  expect(stored.runtime).toBe(stored.medians.tfjs < stored.medians.mediapipe ? 'tfjs' : 'mediapipe');
  await expect(page.getByTestId('stats')).toContainText(stored.runtime === 'tfjs' ? 'tfjs-wasm' : 'mediapipe-webgl2');
});

test('when frames stay under 10 a second the model is lowered by itself', async ({ page }) => {
  test.setTimeout(240_000);
  // The mediapipe runtime in software WebGL runs "full" at 1-2 frames a second here.
  await page.goto('/?view=lab&runtime=mediapipe&model=full');
  await waitForApp(page);
  await page.getByTestId('start-camera').click();
  await expect(page.getByTestId('stats')).toContainText('mediapipe-webgl2 full', { timeout: 120_000 });
  await expect(page.getByText('Model lowered from full to lite')).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId('stats')).toContainText('mediapipe-webgl2 lite', { timeout: 60_000 });
  const before = Number(await page.getByTestId('frame-count').textContent());
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=frame-count]')?.textContent) > n, before, { timeout: 60_000 });
});
