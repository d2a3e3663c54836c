/**
 * Installable and offline: after one visit with the network (the service worker installs, the
 * detector's model is cached as it loads), the network is cut and a set still runs end to end:
 * app shell from the precache, model from the run-time cache, a recorded video through detector
 * and engine to the review. The first visit fetched only the model it used.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { analyseClip, waitForApp } from '../support/offline';

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

  // Every request of the page and its detector worker, logged with its method: the offline visit
  // once failed on the model files' HEAD size probes, which the GET-only cache route cannot serve.
  // (blob: URLs are the chosen video's own, which the video element cancels as it seeks.)
  const failed: string[] = [];
  context.on('requestfailed', (r) => {
    if (!r.url().startsWith('blob:')) failed.push(`${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  await context.setOffline(true);
  // Same link as the first visit (a reload would open the app's own URL, without the pinned model).
  await page.goto(link);
  await waitForApp(page);
  await expect(page.getByTestId('picker')).toBeVisible();
  await analyseClip(page);
  expect(failed).toEqual([]);
  await context.setOffline(false);
}

test('with the network cut after the first visit, the app starts and a set runs offline, model included', async ({ page, context }) => {
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
