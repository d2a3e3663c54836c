/**
 * Export and import of everything as one file, in a real browser: workouts on three days (two
 * real ones written as the app saves them, one replayed today with its set recordings), exported
 * through the browser's download, the storage wiped, the file imported, and the same days, the
 * same sets and the settings are back.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from '../support/offline';
import { answerBedtime, doneBridgeWorkout, followedSets, putRoutines } from '../support/workouts';

test.use({ serviceWorkers: 'block' });

const BRIDGE = '/fixtures/synth/glute-bridge-5reps.track.json';
const daysAgo = (n: number) => {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - n, 8, 30);
};

/** What the days screen shows on a tab: each day and its exercise lines. */
async function daysShown(page: Page, tab: 'real' | 'replays'): Promise<{ day: string | null; lines: string[] }[]> {
  await page.getByTestId(`tab-${tab}`).click();
  const days = page.getByTestId('day');
  return Promise.all((await days.all()).map(async (d) => ({ day: await d.getAttribute('data-day'), lines: (await d.getByTestId('day-exercise').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()) })));
}

async function openDays(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByTestId('days')).toBeVisible();
}

test('everything exported to one file comes back after the storage is wiped: the same days, sets and settings', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  await page.goto(`/?workout=today&only=glute-bridge&track.glute-bridge=${encodeURIComponent(BRIDGE)}&speed=8`);
  await waitForApp(page);
  await answerBedtime(page);
  await followedSets(page);
  await page.getByTestId('pain-none').click();
  await expect(page.getByTestId('workout-done')).toBeVisible();
  await putRoutines(page, [doneBridgeWorkout('w-2-days-ago', daysAgo(2), 6), doneBridgeWorkout('w-9-days-ago', daysAgo(9), 4)]);

  await page.goto('/');
  await waitForApp(page);
  await openDays(page);
  const real = await daysShown(page, 'real');
  const replays = await daysShown(page, 'replays');
  expect(real.map((d) => d.lines)).toEqual([['Glute bridge: 2 sets, 11 reps'], ['Glute bridge: 2 sets, 7 reps']]);
  expect(replays).toHaveLength(1);
  await page.getByRole('button', { name: 'All sets' }).click();
  // The list loads its rows from the database after the click: wait for them, do not count at once.
  const sets = 2;
  await expect(page.getByTestId('history-row')).toHaveCount(sets);

  await page.getByRole('button', { name: 'Exercises' }).click();
  await openDays(page);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-all').click();
  const file = testInfo.outputPath('backup.json');
  await (await downloading).saveAs(file);

  // Wiped: the database and the settings (the bedtime answer among them).
  await page.evaluate(() => {
    localStorage.clear();
    indexedDB.deleteDatabase('spine-coach');
  });
  await page.goto('/');
  await waitForApp(page);
  await openDays(page);
  await expect(page.getByText('No workouts yet.')).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('spine-coach.settings.v1') ?? '{}').bedtime ?? null)).toBeNull();

  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('days-message')).toHaveText('Imported 3 workouts and 2 set recordings.');
  expect(await daysShown(page, 'real')).toEqual(real);
  expect(await daysShown(page, 'replays')).toEqual(replays);
  await page.getByRole('button', { name: 'All sets' }).click();
  await expect(page.getByTestId('history-row')).toHaveCount(sets);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('spine-coach.settings.v1') ?? '{}').bedtime ?? null)).toBe('23:30');
});

test('the chart spans a week around one workout, days for a few, weeks for many (screenshots)', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const shots: [string, number[]][] = [
    ['history-chart-1-day', [0]],
    ['history-chart-days', [0, 2, 3, 5]],
    ['history-chart-weeks', Array.from({ length: 30 }, (_, i) => Math.round(i * 2.8))],
  ];
  for (const [name, ago] of shots) {
    await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('spine-coach').onsuccess = resolve)));
    await page.goto('/');
    await waitForApp(page);
    await putRoutines(page, ago.map((n, i) => doneBridgeWorkout(`w${n}`, daysAgo(n), 4 + Math.round(i / 4))));
    await openDays(page);
    await expect(page.getByTestId('exercise-chart')).toHaveAttribute('data-points', String(ago.length));
    await page.getByTestId('exercise-chart').screenshot({ path: `artifacts/screenshots/${name}.png` });
  }
});
