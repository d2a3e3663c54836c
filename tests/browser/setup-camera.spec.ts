/**
 * A new user's first minute, with a fake camera playing a licensed clip of a whole body doing the
 * exercise (fixtures/licensed/gymnai-clips/bird_dog.mp4: side view, far arm and leg scored low by
 * the detector). The set-up check must pass soon after the person is first seen, and counting start.
 * Issue 8: bird-dog never got past "your legs are out of view" with the legs in view.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, fakeCameraArgs, HEADLESS_CHROMIUM_ARGS } from '../../src/cli/chromium';
import { waitForApp, watchPage } from '../support/offline';
import { waitForSkeleton } from '../support/skeleton';

const CLIP = 'fixtures/licensed/gymnai-clips/bird_dog.mp4';
const Y4M = 'artifacts/camera-bird-dog.y4m';
/** The set-up check must pass within this long of the skeleton first being drawn. */
const SETUP_SECONDS = 10;

const root = join(import.meta.dirname, '..', '..');
// Chromium reads its fake camera from a .y4m when it starts, so the file is made before any test runs.
if (!existsSync(join(root, Y4M)) || statSync(join(root, Y4M)).mtimeMs < statSync(join(root, CLIP)).mtimeMs) {
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', join(root, CLIP), '-t', '8', '-r', '15', '-vf', 'scale=640:360,format=yuv420p', '-f', 'yuv4mpegpipe', join(root, Y4M)]);
}

test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...HEADLESS_CHROMIUM_ARGS, ...fakeCameraArgs(Y4M)],
  },
});

test('bird-dog from a camera: the set-up check passes within 10 s of the person being seen and counting starts', async ({ page }) => {
  test.setTimeout(300_000);
  const watch = await watchPage(page, new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin);
  await page.goto('/?exercise=bird-dog&runtime=tfjs&model=lite');
  await waitForApp(page);
  await expect(page.getByTestId('live-view')).toHaveAttribute('data-phase', 'setup');
  // Model loading is not the set-up check: the clock starts once the skeleton is drawn.
  await waitForSkeleton(page, 240_000);
  await expect(page.getByTestId('live-view')).not.toHaveAttribute('data-phase', 'setup', { timeout: SETUP_SECONDS * 1000 });
  await expect(page.getByTestId('live-view')).toHaveAttribute('data-phase', 'counting', { timeout: 30_000 });
  await page.screenshot({ path: 'artifacts/screenshots/setup-camera-bird-dog.png' });
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
});
