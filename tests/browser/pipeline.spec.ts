/**
 * The pose pipeline in a real browser: fake camera fed by a licensed clip -> BlazePose -> skeleton
 * and PoseFrames; the failures a person meets get their message.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseTrack } from '../../src/pose/track';
import { waitForApp, watchPage } from '../support/offline';

for (const runtime of ['tfjs', 'mediapipe'] as const) {
  test(`fake camera -> ${runtime} detector -> skeleton and 33-keypoint PoseFrames`, async ({ page }) => {
    test.setTimeout(runtime === 'mediapipe' ? 240_000 : 120_000);
    const watch = await watchPage(page);
    await page.goto(`/?view=lab&runtime=${runtime}&model=lite`);
    await waitForApp(page);
    await page.getByTestId('start-camera').click();
    await expect(page.getByTestId('status')).toHaveText('running', { timeout: 150_000 });
    // Enough frames with a person to be sure detection runs continuously, not once.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=frame-count]')?.textContent) >= 5, undefined, { timeout: 150_000 });
    await expect(page.getByTestId('keypoint-count')).toHaveText('33', { timeout: 60_000 });

    // The video plays and the skeleton canvas has been drawn on (not blank).
    const videoPlaying = await page.evaluate(() => {
      const v = document.querySelector('video');
      return !!v && v.videoWidth > 0 && !v.paused;
    });
    expect(videoPlaying).toBe(true);
    const drawnPixels = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid=skeleton-canvas]')!;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    expect(drawnPixels).toBeGreaterThan(500);
    await expect(page.getByTestId('stats')).toContainText(runtime === 'tfjs' ? 'tfjs-wasm' : 'mediapipe-webgl2');
    await page.screenshot({ path: `artifacts/screenshots/pose-lab-camera-${runtime}.png` });

    // Export gives a valid pose track holding what was recorded.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-track').click();
    const file = await (await download).path();
    const track = parseTrack(readFileSync(file!, 'utf8'));
    expect(track.frames.length).toBeGreaterThanOrEqual(5);
    expect(track.model.runtime).toBe(runtime);
    expect(track.frames.some((f) => f.keypoints?.length === 33)).toBe(true);
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('camera permission denied shows what to do, and the page keeps working', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Make getUserMedia refuse as a browser does when the user clicks "Block".
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await page.goto('/?view=lab');
  await waitForApp(page);
  await page.getByTestId('start-camera').click();
  const problem = page.getByTestId('problem');
  await expect(problem).toHaveAttribute('data-problem', 'camera-denied');
  await expect(problem).toContainText('Camera permission denied');
  await expect(problem.getByRole('button', { name: 'Try again' })).toBeVisible();
  await context.close();
});

test('no camera at all gets its own message', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  await page.goto('/?view=lab');
  await waitForApp(page);
  await page.getByTestId('start-camera').click();
  await expect(page.getByTestId('problem')).toHaveAttribute('data-problem', 'no-camera');
});

test('importing a broken track names the frame and field, and the page keeps working', async ({ page }) => {
  await page.goto('/?view=lab');
  await waitForApp(page);
  const good = readFileSync('fixtures/synth/glute-bridge-5reps.track.json', 'utf8');
  const doc = JSON.parse(good);
  doc.frames[7].t = doc.frames[6].t; // t must strictly increase
  await page.getByTestId('file-input').setInputFiles({ name: 'broken.track.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByTestId('import-error')).toContainText('frame 7');
  await expect(page.getByTestId('import-error')).toContainText('frames[7].t');
  // A good track still loads and replays afterwards.
  await page.getByTestId('file-input').setInputFiles({ name: 'good.track.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=frame-count]')?.textContent) > 3);
});

test('an unreadable video file gets a message, not a blank screen', async ({ page }) => {
  await page.goto('/?view=lab');
  await waitForApp(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'broken.mp4', mimeType: 'video/mp4', buffer: Buffer.from('this is not a video') });
  await expect(page.getByTestId('problem')).toHaveAttribute('data-problem', 'video-unreadable');
});

test('a missing model file is named, with the fix', async ({ page }) => {
  await page.route('**/models/tfjs/blazepose-lite.bin', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto('/?view=lab&runtime=tfjs&model=lite');
  await waitForApp(page);
  await page.getByTestId('start-camera').click();
  const problem = page.getByTestId('problem');
  await expect(problem).toHaveAttribute('data-problem', 'model-missing');
  await expect(problem).toContainText('blazepose-lite.bin');
  await expect(problem).toContainText('npm install');
});
