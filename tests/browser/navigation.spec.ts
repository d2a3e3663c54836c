/**
 * The browser's Back and Forward move between the app's screens, and leaving a set in progress
 * asks first.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForApp, watchPage as watchOrigin, type PageWatch } from '../support/offline';
import { savedWorkouts } from '../support/workouts';

const watchPage = (page: Page) => watchOrigin(page, new URL(test.info().project.use.baseURL!).origin);
const BRIDGE = '/fixtures/synth/glute-bridge-5reps.track.json';

function expectClean(watch: PageWatch): void {
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
}

test('Back from the live view returns to the picker and stops the camera; Forward and Back walk the screens', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/?runtime=tfjs&model=lite');
  await waitForApp(page);
  await page.locator('[data-exercise=glute-bridge]').getByTestId('start-camera').click();
  await expect(page.getByTestId('live-view')).toBeVisible();
  await page.waitForFunction(() => (document.querySelector('video')?.srcObject as MediaStream | null)?.getVideoTracks()[0]?.readyState === 'live', undefined, { timeout: 60_000 });
  await page.goBack();
  await expect(page.getByTestId('exercise-card').first()).toBeVisible();
  await expect(page.getByTestId('live-view')).toHaveCount(0);
  expect(await page.evaluate(() => (document.querySelector('video')?.srcObject as MediaStream | null)?.getVideoTracks()[0]?.readyState ?? 'none')).not.toBe('live');

  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByTestId('days')).toBeVisible();
  await page.getByTestId('days').getByRole('button', { name: 'All sets' }).click();
  await expect(page.getByTestId('history')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('days')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('exercise-card').first()).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('days')).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('history')).toBeVisible();
  expect(new URL(page.url()).search).toBe('?view=history');
  expectClean(watch);
});

test('Back during a set asks first: Stay goes on counting, Leave keeps the set and returns to the picker', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = await watchPage(page);
  // A link straight into the live view still has the picker behind it.
  await page.goto(`/?exercise=glute-bridge&source=track&src=${encodeURIComponent(BRIDGE)}&speed=1`);
  await waitForApp(page);
  await expect(page.getByTestId('rep-count')).toHaveText('1', { timeout: 60_000 });
  await page.goBack();
  const confirm = page.getByTestId('leave-confirm');
  await expect(confirm).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/leave-confirm.png' });
  await confirm.getByRole('button', { name: 'Stay' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId('rep-count')).toHaveText('2', { timeout: 30_000 });
  await expect(page.getByTestId('live-view')).toHaveAttribute('data-phase', 'counting');

  await page.goBack();
  await confirm.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByTestId('exercise-card').first()).toBeVisible();
  await expect.poll(() => savedWorkouts(page)).toEqual([expect.objectContaining({ status: 'done', sets: [expect.objectContaining({ ended: 'stopped' })] })]);
  expect((await savedWorkouts(page))[0].sets[0].reps).toBeGreaterThanOrEqual(2);
  expectClean(watch);
});
