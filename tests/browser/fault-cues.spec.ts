/**
 * A form fault injected the way the fault evaluation does it (src/robustness/inject-fault.ts: a
 * body segment turned at the rep's top, image and world points alike), replayed through the live
 * view: the rule's cue shows and is spoken while the hold is still running, with that body part
 * drawn in the warning colour. The track is synthetic (clean bird-dog motion) with the geometric
 * fault injected here at test time; real tracks from ../shared are never copied into the project.
 */
import { expect, test } from '@playwright/test';
import { exercises, robustness, synth } from '../support/app-modules';
import { watchPage } from '../support/offline';
import { appOrigin, openLive, serveTrack } from '../support/live-page';
import { captureSpeech, spoken } from '../support/speech';
import { colourShare } from '../support/skeleton';

const { analyzeTrack, getExerciseSpec } = exercises;
const { replayWithTrace, repTops, injectFault, FAULT_INJECTORS } = robustness;
const { synthesizeTrack } = synth;

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

test('an injected raised-leg-low fault shows its cue during the hold, with the leg drawn in the warning colour', async ({ page }) => {
  test.setTimeout(180_000);
  const { clean, faulty, tops } = legLowTrack();
  expect(tops).toHaveLength(1);
  // The engine itself: the clean hold is not flagged, the injected one is.
  expect(analyzeTrack(clean, 'bird-dog').faults.map((f) => f.rule)).not.toContain('leg-low');
  expect(analyzeTrack(faulty, 'bird-dog').faults.map((f) => f.rule)).toContain('leg-low');

  const watch = await watchPage(page, appOrigin());
  await captureSpeech(page);
  await serveTrack(page, '/test-tracks/bird-dog-leg-low.track.json', faulty);
  await openLive(page, 'bird-dog', '/test-tracks/bird-dog-leg-low.track.json', 1);

  const cue = getExerciseSpec('bird-dog')!.rules.find((r) => r.id === 'leg-low')!.cue;
  await expect(page.getByTestId('cue')).toHaveText(cue, { timeout: 90_000 });
  // Still during the hold, short of its target: the person can correct it now, not only hear it afterwards.
  const held = Number(await page.getByTestId('hold-seconds').textContent());
  expect(held).toBeLessThan(getExerciseSpec('bird-dog')!.hold!.targetSeconds);
  await expect(page.getByTestId('rep-count')).toHaveText('0');
  expect(await colourShare(page, 'skeleton-canvas', WARNING_RGB)).toBeGreaterThan(0.0002);
  await page.screenshot({ path: 'artifacts/screenshots/live-injected-fault.png' });
  await expect.poll(() => spoken(page)).toContain(cue);
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
});
