/** Browser-test helpers: prove the app only talks to its own origin, and collect console errors. */
import { expect, type Page } from '@playwright/test';

export interface PageWatch {
  foreignRequests: string[];
  consoleErrors: string[];
}

/** Aborts (and records) every request that is not to the app's own origin. */
export async function watchPage(page: Page, origin = `http://127.0.0.1:${process.env.PW_PORT ?? 4173}`): Promise<PageWatch> {
  const watch: PageWatch = { foreignRequests: [], consoleErrors: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    watch.foreignRequests.push(url);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(String(err)));
  return watch;
}

export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __spineCoachReady?: boolean }).__spineCoachReady === true);
}


const CLIP = 'fixtures/licensed/gymnai-clips/bird_dog.mp4';

/** A bird-dog set from a recorded clip, through detector, engine and the live screens to the review. */
export async function analyseClip(page: Page): Promise<void> {
  await page.locator('[data-exercise=bird-dog] input[type=file]').setInputFiles(CLIP);
  await expect(page.getByTestId('live-view')).toBeVisible();
  await expect(page.getByTestId('rep-count')).toBeVisible();
  await expect(page.getByTestId('set-done')).toBeVisible({ timeout: 240_000 });
  await page.getByTestId('open-review').click();
  await expect(page.getByTestId('review')).toBeVisible();
  expect(Number(await page.getByTestId('replay-scrubber').getAttribute('max'))).toBeGreaterThan(3);
}
