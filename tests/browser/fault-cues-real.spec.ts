/**
 * Issue 14's browser proof on a real person: a real glute-bridge track from ../shared (never copied
 * into the project) with the hips-low fault injected at each rep's top, the way the fault evaluation
 * does it, replayed through the live view. The rule's cue shows while a rep is at its top, with the
 * hips drawn in the warning colour. Skipped, saying so, when ../shared is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { exercises, robustness } from '../support/app-modules';
import { watchPage } from '../support/offline';
import { appOrigin, openLive, serveTrack } from '../support/live-page';
import { colourShare } from '../support/skeleton';

const { analyzeTrack, getExerciseSpec } = exercises;
const { readLabelledClips, replayWithTrace, repTops, injectFault, FAULT_INJECTORS } = robustness;

const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'real');
const CLIP = 'glute-bridge-side-wanshape';
const WARNING_RGB: [number, number, number] = [255, 77, 61];

test('a real bridge with its hips injected low shows the hips-low cue at the top of the rep, the hips drawn in the warning colour', async ({ page }) => {
  test.skip(!existsSync(join(REAL, `${CLIP}.track.json`)), `${REAL}/${CLIP}.track.json is absent: the real-track fault cue is not tested`);
  test.setTimeout(120_000);
  const clip = readLabelledClips(REAL).find((c) => c.clip === CLIP)!;
  const tops = repTops(clip, replayWithTrace(clip.track!, 'glute-bridge'));
  const injector = FAULT_INJECTORS.find((i) => i.exercise === 'glute-bridge' && i.fault === 'hips-low')!;
  const faulty = injectFault(clip.track!, injector, tops);
  // The engine itself: the clean person is not cued, the injected fault is, while a rep is at its top.
  expect(analyzeTrack(clip.track!, 'glute-bridge').faults.map((f) => f.rule)).not.toContain('hips-low');
  const cues = analyzeTrack(faulty, 'glute-bridge').faults.filter((f) => f.rule === 'hips-low');
  expect(cues.length).toBeGreaterThan(0);
  for (const cue of cues) expect(tops.some((w) => cue.t >= w.from && cue.t <= w.to), `cue at ${cue.t}s inside a rep`).toBe(true);

  const watch = await watchPage(page, appOrigin());
  await serveTrack(page, '/test-tracks/real-bridge-hips-low.track.json', faulty);
  await openLive(page, 'glute-bridge', '/test-tracks/real-bridge-hips-low.track.json', 1);
  const cue = getExerciseSpec('glute-bridge')!.rules.find((r) => r.id === 'hips-low')!.cue;
  await expect(page.getByTestId('cue')).toHaveText(cue, { timeout: 60_000 });
  await expect.poll(() => colourShare(page, 'skeleton-canvas', WARNING_RGB), { timeout: 5_000 }).toBeGreaterThan(0.0002);
  await page.screenshot({ path: 'artifacts/screenshots/live-real-injected-fault.png' });
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
});
