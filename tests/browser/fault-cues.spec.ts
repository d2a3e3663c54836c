/**
 * A form fault injected the way the fault evaluation does it (src/robustness/inject-fault.ts: a
 * body segment turned at the rep's top, image and world points alike), replayed through the live
 * view: the rule's cue shows and is spoken while the hold is still running, with that body part
 * drawn in the warning colour. The track is synthetic (clean bird-dog motion) with the geometric
 * fault injected here at test time; real tracks from ../shared are never copied into the project.
 */
import { expect, test, type Page } from '@playwright/test';
import { serializeTrack } from '../../src/track/track';
import { synthesizeTrack } from '../../src/synth';
import { analyzeTrack, getExerciseSpec } from '../../src/exercises';
import { replayWithTrace, repTops } from '../../src/robustness/fault-evaluation';
import { injectFault } from '../../src/robustness/inject-fault';
import { FAULT_INJECTORS } from '../../src/robustness/fault-injectors';
import { waitForApp, watchPage as watchOrigin } from '../support/offline';

const watchPage = (page: Page) => watchOrigin(page, new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin);
const WARNING_RGB: [number, number, number] = [255, 77, 61];
const HOLD_SECONDS = 6;

/** A clean synthetic bird-dog hold with the raised leg held 35° below the torso line over its top. */
function legLowTrack() {
  const { track } = synthesizeTrack({ exercise: 'bird-dog', reps: 1, holdSeconds: HOLD_SECONDS, seed: 5 });
  const clip = { dir: '', clip: 'synthetic-bird-dog', labels: { exercise: 'bird-dog', reps: 1, holds: [] }, accept: [1, 1] as [number, number], track };
  const tops = repTops(clip, replayWithTrace(track, 'bird-dog'));
  const injector = FAULT_INJECTORS.find((i) => i.exercise === 'bird-dog' && i.fault === 'leg-low')!;
  return { clean: track, faulty: injectFault(track, injector, tops), tops };
}

async function warningShare(page: Page): Promise<number> {
  return page.evaluate((rgb) => {
    const c = document.querySelector<HTMLCanvasElement>('[data-testid=skeleton-canvas]')!;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] > 200 && Math.abs(d[i] - rgb[0]) < 30 && Math.abs(d[i + 1] - rgb[1]) < 30 && Math.abs(d[i + 2] - rgb[2]) < 30) n++;
    }
    return n / (d.length / 4);
  }, WARNING_RGB);
}

test('an injected raised-leg-low fault shows its cue during the hold, with the leg drawn in the warning colour', async ({ page }) => {
  test.setTimeout(180_000);
  const { clean, faulty, tops } = legLowTrack();
  expect(tops).toHaveLength(1);
  // The engine itself: the clean hold is not flagged, the injected one is.
  expect(analyzeTrack(clean, 'bird-dog').faults.map((f) => f.rule)).not.toContain('leg-low');
  expect(analyzeTrack(faulty, 'bird-dog').faults.map((f) => f.rule)).toContain('leg-low');

  const watch = await watchPage(page);
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    if (window.speechSynthesis) {
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        said.push(u.text);
        setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 30);
      };
    }
  });
  const body = serializeTrack(faulty);
  await page.route('**/test-tracks/bird-dog-leg-low.track.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(`/?exercise=bird-dog&source=track&src=${encodeURIComponent('/test-tracks/bird-dog-leg-low.track.json')}&speed=1`);
  await waitForApp(page);
  await expect(page.getByTestId('live-view')).toBeVisible();

  const cue = getExerciseSpec('bird-dog')!.rules.find((r) => r.id === 'leg-low')!.cue;
  await expect(page.getByTestId('cue')).toHaveText(cue, { timeout: 90_000 });
  // Still during the hold: the person can correct it now, not only hear it afterwards.
  const held = Number(await page.getByTestId('hold-seconds').textContent());
  expect(held).toBeLessThan(HOLD_SECONDS);
  expect(await warningShare(page)).toBeGreaterThan(0.0002);
  await page.screenshot({ path: 'artifacts/screenshots/live-injected-fault.png' });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __said: string[] }).__said.slice())).toContain(cue);
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
});
