/**
 * Driving the live screens with pose tracks in a browser test: same-origin track URLs (a committed
 * synthetic fixture or one served by the test), the live view opened by deep link, and what the app
 * asked the speech engine to say.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTrack, serializeTrack, type PoseTrack } from '../../src/track/track';
import { waitForApp } from './offline';

/**
 * A same-origin URL for a synthetic track: the committed fixture when it exists, otherwise the
 * same motion generated here and served by the test at a same-origin path.
 */
export async function trackUrl(page: Page, file: string, generate: () => PoseTrack): Promise<{ url: string; track: PoseTrack }> {
  const committed = join('fixtures/synth', file);
  if (existsSync(committed)) return { url: `/fixtures/synth/${file}`, track: parseTrack(readFileSync(committed, 'utf8')) };
  const track = generate();
  await serveTrack(page, `/test-tracks/${file}`, track);
  return { url: `/test-tracks/${file}`, track };
}

export async function serveTrack(page: Page, path: string, track: PoseTrack): Promise<void> {
  const body = serializeTrack(track);
  await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** Records what the app asks the speech engine to say (and lets `end` fire at once). */
export async function captureSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    const synth = window.speechSynthesis;
    if (!synth) return;
    synth.speak = (u: SpeechSynthesisUtterance) => {
      said.push(u.text);
      setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 30);
    };
  });
}

export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __said: string[] }).__said.slice());

export async function openLive(page: Page, exercise: string, url: string, speed: number): Promise<void> {
  await page.goto(`/?exercise=${exercise}&source=track&src=${encodeURIComponent(url)}&speed=${speed}`);
  await waitForApp(page);
  await expect(page.getByTestId('live-view')).toBeVisible();
}

/** The app's origin, for watchPage. */
export const appOrigin = () => new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin;
