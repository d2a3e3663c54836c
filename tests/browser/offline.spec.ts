/**
 * Installable and offline: after one visit with the network (the service worker installs, the
 * detector's model is cached as it loads), the network is cut and a set still runs end to end:
 * app shell from the precache, model from the run-time cache, a recorded video through detector
 * and engine to the review. The first visit fetched only the model it used.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { waitForApp } from '../support/offline';

const CLIP = 'fixtures/licensed/gymnai-clips/bird_dog.mp4';

/** A bird-dog set from the recorded clip, through the live screens to the review. */
async function analyseClip(page: Page): Promise<void> {
  await page.locator('[data-exercise=bird-dog] input[type=file]').setInputFiles(CLIP);
  await expect(page.getByTestId('live-view')).toBeVisible();
  await expect(page.getByTestId('set-done')).toBeVisible({ timeout: 240_000 });
  await page.getByTestId('open-review').click();
  await expect(page.getByTestId('review')).toBeVisible();
  expect(Number(await page.getByTestId('replay-scrubber').getAttribute('max'))).toBeGreaterThan(3);
}

async function runOfflineAfterFirstVisit(page: Page, context: BrowserContext, link: string): Promise<void> {
  await page.goto(link);
  await waitForApp(page);
  // The service worker takes over the page (clientsClaim) before anything heavy loads.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
  const manifest = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=manifest]')?.href ?? null);
  expect(manifest).toMatch(/manifest\.webmanifest$/);
  await analyseClip(page);

  // Only the model this run used was downloaded into the cache: tfjs lite, never mediapipe or full/heavy.
  const cached = await page.evaluate(async () => (await (await caches.open('spine-coach-models')).keys()).map((r) => new URL(r.url).pathname));
  expect(cached).toEqual(expect.arrayContaining(['/models/tfjs/blazepose-lite.json', '/models/tfjs/blazepose-detector.json']));
  expect(cached.filter((p) => /mediapipe|blazepose-(full|heavy)/.test(p))).toEqual([]);

  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await context.setOffline(true);
  // Same link as the first visit (a reload would open the app's own URL, without the pinned model).
  await page.goto(link);
  await waitForApp(page);
  await expect(page.getByTestId('picker')).toBeVisible();
  await analyseClip(page);
  expect(failed.filter((u) => new URL(u).pathname.startsWith('/models/'))).toEqual([]);
  await context.setOffline(false);
}

// Known failure, left open in issue 13: offline, the set itself runs to the review, but five
// /models/ requests (each model file once) fail. Most likely the HEAD size probe in
// preloadModelFiles, which the service worker's GET-only cache route does not serve; unproven.
// Kept, marked, so that it runs again once preloading is fixed.
test.fixme('with the network cut after the first visit, the app starts and a set runs offline, model included', async ({ page, context }) => {
  test.setTimeout(600_000);
  await runOfflineAfterFirstVisit(page, context, '/?runtime=tfjs&model=lite');
});

test('an update waits: the home screen offers it, a workout is never reloaded under the person', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
  // The service worker installed by the build never skips waiting by itself.
  const sw = await page.evaluate(() => fetch('/sw.js').then((r) => r.text()));
  expect(sw).not.toMatch(/self\.skipWaiting\(\)\s*[,;]/);
  expect(sw).toMatch(/SKIP_WAITING/);
});
