/**
 * The whole routine on screen: every one of the 34 exercises has a card with a moving demo figure,
 * "Start with camera" opens its live view, and "Analyse a video" takes a video file; three standing
 * warm-ups and three floor exercises replayed from synthetic tracks through the live view.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { exercises, synth } from '../support/app-modules';
import { waitForApp } from '../support/offline';
import { openLive, trackUrl } from '../support/live-page';

const { SUPPORTED_EXERCISES, EXERCISE_SPECS } = exercises;
const { synthesizeTrack } = synth;

const SHOTS = 'artifacts/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Each card's canvas as its blue channel, to see that every demo figure is drawn and moves. */
const canvases = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid=exercise-card]')).map((card) => {
      const c = card.querySelector('canvas')!;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let sum = 0;
      let lit = 0;
      for (let i = 2; i < data.length; i += 4) {
        sum += data[i] * ((i >> 2) % 97);
        if (data[i + 1] > 0) lit++;
      }
      return { id: card.dataset.exercise!, sum, lit };
    }),
  );

test('the picker shows all 34 exercises, each with a moving demo figure, camera start and video analysis', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await waitForApp(page);
  const cards = page.getByTestId('exercise-card');
  await expect(cards).toHaveCount(34);
  expect(SUPPORTED_EXERCISES).toHaveLength(34);
  // Grouped as the seed does it, warm-up first.
  const parts = page.getByTestId('routine-part');
  await expect(parts.locator(':scope > h2')).toHaveText([/^Warm-up/, /^Main set/, /^Straightening/]);
  await expect(parts.nth(0).getByTestId('exercise-card')).toHaveCount(13);
  await expect(parts.nth(1).getByTestId('exercise-card')).toHaveCount(17);
  await expect(parts.nth(2).getByTestId('exercise-card')).toHaveCount(4);

  // Every card's figure is drawn and moves: all cards sampled at once, again for those not seen moving yet.
  const moved = new Set<string>();
  for (let tries = 0; tries < 6 && moved.size < SUPPORTED_EXERCISES.length; tries++) {
    const a = await canvases(page);
    await page.waitForTimeout(250);
    const b = await canvases(page);
    for (const [i, card] of a.entries()) {
      expect(card.lit, `${card.id}: figure drawn`).toBeGreaterThan(0);
      if (card.sum !== b[i].sum) moved.add(card.id);
    }
  }
  expect([...SUPPORTED_EXERCISES].filter((id) => !moved.has(id)), 'demo figures that do not move').toEqual([]);
  await Promise.all(
    SUPPORTED_EXERCISES.flatMap((id) => {
      const card = page.locator(`[data-exercise="${id}"]`);
      return [expect(card.getByRole('heading')).toHaveText(EXERCISE_SPECS[id].name), expect(card.locator('input[type=file]')).toHaveAttribute('accept', 'video/*')];
    }),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/picker-routine.png` });

  // "Start with camera" opens that exercise's live view (the fake camera stands in), Back returns.
  for (const id of SUPPORTED_EXERCISES) {
    await page.locator(`[data-exercise="${id}"]`).getByTestId('start-camera').click();
    await expect(page.getByTestId('live-view')).toBeVisible();
    await expect(page.getByTestId('live-view')).toContainText(EXERCISE_SPECS[id].name);
    await page.goBack();
    await expect(page.getByTestId('picker')).toBeVisible();
  }
});

const LIVE: [string, number][] = [
  ['head-tilts', 2],
  ['twist-swings', 2],
  ['breathing-reset', 2],
  ['cross-crunch', 2],
  ['kneeling-arm-circles', 2],
  ['wheel-bridge', 2],
];

test.describe('live view of the new exercises from synthetic tracks', () => {
  for (const [id, speed] of LIVE) {
    test(`${id} counts a rep in the live view`, async ({ page }) => {
      test.setTimeout(120_000);
      const { url } = await trackUrl(page, `${id}-routine.track.json`, () => synthesizeTrack({ exercise: id, reps: 3, seed: 5 }).track);
      await openLive(page, id, url, speed);
      await expect(page.getByTestId('rep-count')).not.toHaveText('0', { timeout: 60_000 });
      await page.screenshot({ path: `${SHOTS}/live-${id}.png` });
    });
  }
});
