/**
 * The coach screens in a real browser: picker -> set-up check -> live view -> review, driven by
 * pose tracks replayed through the live screens (deep links), with speech captured by a stub.
 * Detection itself is tested in pipeline.spec.ts; here the tracks stand in for the camera.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { parseTrack, type PoseTrack } from '../../src/track/track';
import { KP } from '../../src/track/keypoint-names';
import { exercises, synth } from '../support/app-modules';
import { waitForApp, watchPage as watchOrigin, type PageWatch } from '../support/offline';
import { appOrigin, openLive, serveTrack, trackUrl } from '../support/live-page';
import { colourShare, waitForSkeleton } from '../support/skeleton';
import { captureSpeech, spoken } from '../support/speech';

const { SUPPORTED_EXERCISES } = exercises;
const { synthesizeTrack } = synth;

/** Only the app's own origin (whatever port the config serves it on) may be requested. */
const watchPage = (page: Page) => watchOrigin(page, appOrigin());

const SHOTS = 'artifacts/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Whatever the engine supports (at least the four core exercises). */
const SUPPORTED = [...SUPPORTED_EXERCISES];

const bridge5 = () => synthesizeTrack({ exercise: 'glute-bridge', reps: 5, seed: 3 }).track;

function expectClean(watch: PageWatch): void {
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
}

test('the picker lists the exercises the engine supports, with target, camera view and a moving demo', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/');
  await waitForApp(page);
  const cards = page.getByTestId('exercise-card');
  expect(SUPPORTED).toEqual(expect.arrayContaining(['bird-dog', 'glute-bridge', 'superman', 'prone-head-raise']));
  await expect(cards).toHaveCount(SUPPORTED.length);
  expect((await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-exercise')))).sort()).toEqual([...SUPPORTED].sort());

  const bridge = page.locator('[data-exercise=glute-bridge]');
  await expect(bridge.getByRole('heading')).toHaveText(/bridge/i);
  await expect(bridge.getByTestId('target')).toHaveText('2 sets × 5');
  await expect(bridge.getByTestId('view')).toHaveText(/side/i);
  await expect(bridge).toContainText('pelvis, knees and torso');
  await expect(page.locator('[data-exercise=superman]').getByTestId('target')).toHaveText('2 sets × 5, hold 15 s');

  // The demo figure is drawn and moves.
  const sample = () =>
    page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-exercise=glute-bridge] canvas')!;
      return Array.from(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.filter((_, i) => i % 4 === 2)).join(',');
    });
  const a = await sample();
  await page.waitForTimeout(700);
  const b = await sample();
  expect(a).not.toEqual(b);
  await page.screenshot({ path: `${SHOTS}/picker.png`, fullPage: false });
  expectClean(watch);
});

test('the set-up check blocks counting until the whole body is in view', async ({ page }) => {
  const watch = await watchPage(page);
  const base = bridge5();
  // 2 s with nobody, then 2 s with the legs cut off from the knees (the bridge's line needs the knees), then the clean bridge.
  const shift = 4;
  const lead: PoseTrack['frames'] = [];
  for (let t = 0; t < shift; t += 1 / 15) {
    const ref = base.frames[0].keypoints!;
    const legsGone = ref.map((k, i) => (i >= KP.left_knee ? ([k[0], 1.08, k[2], 0.2] as typeof k) : k));
    lead.push({ t: Math.round(t * 1000) / 1000, keypoints: t < 2 ? null : legsGone });
  }
  const blocked: PoseTrack = { ...base, frames: [...lead, ...base.frames.map((f) => ({ ...f, t: f.t + shift }))] };
  await serveTrack(page, '/test-tracks/blocked.track.json', blocked);
  await openLive(page, 'glute-bridge', '/test-tracks/blocked.track.json', 1);

  await expect(page.getByTestId('setup-check')).toBeVisible();
  await expect(page.getByTestId('framing-status')).toHaveAttribute('data-ok', 'false');
  // Legs hidden: the check names what to change, the feet first.
  await expect(page.getByTestId('setup-problem').first()).toContainText(/feet/i, { timeout: 10_000 });
  await expect(page.getByTestId('live-view')).toHaveAttribute('data-phase', 'setup');
  await expect(page.getByTestId('rep-count')).toHaveText('0');
  await page.screenshot({ path: `${SHOTS}/setup-check.png` });
  // Once in view it starts by itself and counts.
  await expect(page.getByTestId('live-view')).toHaveAttribute('data-phase', 'counting', { timeout: 15_000 });
  await expect(page.getByTestId('setup-check')).toHaveCount(0);
  await expect(page.getByTestId('framing-status')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('rep-count')).not.toHaveText('0', { timeout: 30_000 });
  expectClean(watch);
});

test('a synthetic bridge track of 5 reps replayed through the live view counts 5, speaks the counts, then the review has a row per rep and exports', async ({ page }) => {
  test.setTimeout(180_000);
  const watch = await watchPage(page);
  await captureSpeech(page);
  const { url } = await trackUrl(page, 'glute-bridge-5reps.track.json', bridge5);
  await openLive(page, 'glute-bridge', url, 2);
  await expect(page.getByTestId('set-number')).toHaveText('1');
  await expect(page.getByTestId('rep-count')).toHaveText('2', { timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/live-mid-rep.png` });
  await expect(page.getByTestId('rep-count')).toHaveText('5', { timeout: 90_000 });
  await expect(page.getByTestId('set-done')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('rep-count')).toHaveText('5');
  const said = await spoken(page);
  for (const n of ['1', '2', '3', '4', '5']) expect(said).toContain(n);
  await page.screenshot({ path: `${SHOTS}/live-set-done.png` });

  // Review: one row per rep, the signal plot with 5 rep bands, a replay with a scrubber.
  await page.getByTestId('open-review').click();
  await expect(page.getByTestId('review')).toBeVisible();
  await expect(page.getByTestId('rep-row')).toHaveCount(5);
  await expect(page.locator('[data-testid=signal-plot] rect.rep')).toHaveCount(5);
  const scrubber = page.getByTestId('replay-scrubber');
  await scrubber.fill('3');
  await expect(page.getByTestId('replay-canvas')).toHaveAttribute('aria-label', /3\.0 seconds/);
  expect(await colourShare(page, 'replay-canvas', [57, 208, 255])).toBeGreaterThan(0.001);
  await page.screenshot({ path: `${SHOTS}/review.png`, fullPage: true });

  // Exports: a valid pose track holding the set, and a CSV with a line per rep.
  const [trackDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-track').click()]);
  expect(trackDl.suggestedFilename()).toMatch(/^glute-bridge-set1-.*\.track\.json$/);
  const exported = parseTrack(readFileSync((await trackDl.path())!, 'utf8'));
  expect(exported.frames.length).toBeGreaterThan(100);
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = readFileSync((await csvDl.path())!, 'utf8').trim().split('\n');
  expect(csv[0]).toMatch(/^rep,side,start_s/);
  expect(csv).toHaveLength(6);
  expectClean(watch);
});

test('a superman hold fills the ring and hold-seconds reaches 15', async ({ page }) => {
  test.setTimeout(180_000);
  const watch = await watchPage(page);
  await captureSpeech(page);
  const { url } = await trackUrl(page, 'superman-hold.track.json', () => synthesizeTrack({ exercise: 'superman', reps: 1, holdSeconds: 15, seed: 2 }).track);
  await openLive(page, 'superman', url, 4);
  await expect(page.getByTestId('hold-seconds')).not.toHaveText('0', { timeout: 60_000 });
  // Mid-hold the ring is partly filled.
  await expect(page.getByTestId('hold-seconds')).toHaveText(/^(6|7|8|9|10)$/, { timeout: 60_000 });
  const partial = await page.locator('.ring circle.fill').evaluate((c) => Number(c.getAttribute('stroke-dashoffset')));
  expect(partial).toBeGreaterThan(20);
  await page.screenshot({ path: `${SHOTS}/live-hold.png` });
  await expect(page.getByTestId('hold-seconds')).toHaveText('15', { timeout: 60_000 });
  const full = await page.locator('.ring circle.fill').evaluate((c) => Number(c.getAttribute('stroke-dashoffset')));
  expect(full).toBeLessThan(1);
  const said = await spoken(page);
  expect(said).toContain('Hold');
  expect(said).toContain('Done');
  expectClean(watch);
});

test('a fault in the track shows its cue, colours the body part, and is spoken', async ({ page }) => {
  test.setTimeout(180_000);
  const watch = await watchPage(page);
  await captureSpeech(page);
  const { url } = await trackUrl(page, 'glute-bridge-hips-low.track.json', () => synthesizeTrack({ exercise: 'glute-bridge', reps: 5, faults: ['hips-low'], seed: 4 }).track);
  const cue = exercises.getExerciseSpec('glute-bridge')!.rules.find((r) => r.id === 'hips-low')!.cue;
  await openLive(page, 'glute-bridge', url, 2);
  await expect(page.getByTestId('cue')).toHaveText(cue, { timeout: 90_000 });
  // The faulty parts are drawn in the warning colour while the cue shows.
  expect(await colourShare(page, 'skeleton-canvas', [255, 77, 61])).toBeGreaterThan(0.0002);
  await page.screenshot({ path: `${SHOTS}/live-fault.png` });
  await expect.poll(() => spoken(page)).toContain(cue);
  expectClean(watch);
});

test('space pauses and resumes from anywhere, even with focus on Stop; mute silences the voice', async ({ page }) => {
  const watch = await watchPage(page);
  await captureSpeech(page);
  const { url } = await trackUrl(page, 'glute-bridge-5reps.track.json', bridge5);
  await openLive(page, 'glute-bridge', url, 1);
  await expect(page.getByTestId('live-view')).toHaveAttribute('data-phase', 'counting', { timeout: 30_000 });
  await page.getByTestId('stop').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('pause')).toContainText('Resume');
  await expect(page.getByTestId('cue')).toHaveText('Paused');
  const frozen = await page.getByTestId('rep-count').textContent();
  await page.waitForTimeout(2500);
  await expect(page.getByTestId('rep-count')).toHaveText(frozen!);
  await expect(page.getByTestId('set-done')).toHaveCount(0); // Stop was not pressed by the space
  await page.keyboard.press('Space');
  await expect(page.getByTestId('pause')).toContainText('Pause');

  await page.getByTestId('mute').click();
  await expect(page.getByTestId('mute')).toHaveAttribute('aria-pressed', 'true');
  const before = (await spoken(page)).length;
  await expect(page.getByTestId('rep-count')).not.toHaveText(frozen!, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  expect((await spoken(page)).length).toBe(before);
  expectClean(watch);
});

test('every control on the picker, live view and review is reachable by keyboard and has a label', async ({ page }) => {
  const watch = await watchPage(page);
  /** Every control the user can reach has an accessible name (as the browser computes it) and is focusable. */
  const checkControls = async () => {
    const controls = page.locator('button, a[href], input, select');
    const states = await controls.evaluateAll((els) => els.map((el) => ({ shut: !!el.closest('dialog:not([open])'), tabIndex: (el as HTMLElement).tabIndex, html: el.outerHTML.slice(0, 120) })));
    expect(states.length).toBeGreaterThan(3);
    const open = (await controls.all()).filter((_, i) => !states[i].shut);
    for (const s of states.filter((s) => !s.shut)) expect(s.tabIndex, s.html).toBeGreaterThanOrEqual(0);
    // The names side by side: one round trip after another over the picker's 70 controls took most of a minute.
    await Promise.all(open.map((c) => expect(c).toHaveAccessibleName(/\S/)));
  };
  await page.goto('/');
  await waitForApp(page);
  await checkControls();
  // And the settings dialog's controls.
  await page.getByRole('button', { name: 'Settings' }).click();
  await checkControls();
  await page.keyboard.press('Escape');

  // Tab reaches the first exercise's start button.
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'start-camera');
  }
  expect(reached).toBe(true);

  const { url } = await trackUrl(page, 'glute-bridge-5reps.track.json', bridge5);
  await openLive(page, 'glute-bridge', url, 8);
  await checkControls();
  await expect(page.getByTestId('set-done')).toBeVisible({ timeout: 90_000 });
  // The review button takes the focus when the set ends: Enter opens it.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review')).toBeVisible();
  await checkControls();
  expectClean(watch);
});

test('tracking lost mid-set: the counter freezes and the screen and voice say so', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = await watchPage(page);
  await captureSpeech(page);
  const base = bridge5();
  // Nobody in view from 7 s to 17 s (after the first rep, into the fourth): 5 s at twice real speed.
  const lost: PoseTrack = { ...base, frames: base.frames.map((f) => (f.t >= 7 && f.t < 17 ? { t: f.t, keypoints: null } : f)) };
  await serveTrack(page, '/test-tracks/lost.track.json', lost);
  await openLive(page, 'glute-bridge', '/test-tracks/lost.track.json', 2);
  await expect(page.getByTestId('framing-status')).toContainText('Tracking lost', { timeout: 30_000 });
  await expect(page.getByTestId('framing-status')).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('cue')).toHaveText('Come back into view');
  const frozen = await page.getByTestId('rep-count').textContent();
  await page.screenshot({ path: `${SHOTS}/live-tracking-lost.png` });
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('rep-count')).toHaveText(frozen!);
  expect(await spoken(page)).toContain('Tracking lost');
  // Back in view: counting goes on.
  await expect(page.getByTestId('framing-status')).toHaveAttribute('data-ok', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('set-done')).toBeVisible({ timeout: 60_000 });
  expect(Number(await page.getByTestId('rep-count').textContent())).toBeGreaterThan(Number(frozen));
  expectClean(watch);
});

test('settings persist: bird-dog hold time and mute survive a reload', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByTestId('settings');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Mute spoken cues').check();
  const hold = dialog.getByRole('slider', { name: 'Bird-dog hold, seconds' });
  await hold.focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  await expect(dialog).toContainText('10 s');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('[data-exercise=bird-dog]').getByTestId('target')).toHaveText('2 sets × 5, hold 10 s');
  await page.reload();
  await waitForApp(page);
  await expect(page.locator('[data-exercise=bird-dog]').getByTestId('target')).toHaveText('2 sets × 5, hold 10 s');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByTestId('settings').getByLabel('Mute spoken cues')).toBeChecked();
  expectClean(watch);
});

test('camera: the set-up check comes first, then a countdown starts by itself once the body is in view', async ({ page }) => {
  test.setTimeout(240_000);
  const watch = await watchPage(page);
  await page.goto('/?exercise=glute-bridge&runtime=tfjs&model=lite');
  await waitForApp(page);
  await expect(page.getByTestId('live-view')).toHaveAttribute('data-phase', 'setup');
  await expect(page.getByTestId('setup-check')).toBeVisible();
  await expect(page.getByTestId('rep-count')).toHaveText('0');
  // Frames arrive from the fake camera and the set-up check judges them.
  await page.waitForFunction(() => document.querySelector('video')?.videoWidth, undefined, { timeout: 180_000 });
  await waitForSkeleton(page, 180_000);
  // The fake camera's person is in full view: the check passes and a countdown starts by itself.
  await expect(page.getByTestId('countdown')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('framing-status')).toHaveAttribute('data-ok', 'true');
  // Which runtime and model run, and how fast, in the corner.
  await expect(page.getByTestId('stats')).toContainText(/\d+(\.\d)? fps .* tfjs-wasm lite/);
  await page.screenshot({ path: `${SHOTS}/live-camera-countdown.png` });
  await expect(page.getByTestId('live-view')).toHaveAttribute('data-phase', 'counting', { timeout: 30_000 });
  expectClean(watch);
});

test('a link to a track on another origin is refused and nothing is requested', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/?exercise=glute-bridge&source=track&src=https://example.com/x.track.json');
  await waitForApp(page);
  await expect(page.getByRole('alert')).toContainText('only loaded from this site');
  expectClean(watch);
});

test('the camera picked in settings is used, and a camera that is gone falls back to the default', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = await watchPage(page);
  await page.addInitScript(() => localStorage.setItem('spine-coach.settings.v1', JSON.stringify({ cameraId: 'unplugged-camera' })));
  const asked: string[] = [];
  await page.exposeFunction('__askedCamera', (id: string) => asked.push(id));
  await page.addInitScript(() => {
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (c) => {
      const video = c?.video as MediaTrackConstraints | undefined;
      (window as unknown as { __askedCamera(id: string): void }).__askedCamera(JSON.stringify(video?.deviceId ?? 'default'));
      return original(c);
    };
  });
  await page.goto('/?exercise=glute-bridge&runtime=tfjs&model=lite');
  await waitForApp(page);
  await page.waitForFunction(() => (document.querySelector('video')?.videoWidth ?? 0) > 0, undefined, { timeout: 90_000 });
  expect(asked).toEqual([JSON.stringify({ exact: 'unplugged-camera' }), JSON.stringify('default')]);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByTestId('settings').getByLabel('Camera')).toBeVisible();
  expectClean(watch);
});

test('the picker warns when it is less than 5 hours before the bedtime set in settings', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T20:00:00'));
  await page.addInitScript(() => localStorage.setItem('spine-coach.settings.v1', JSON.stringify({ bedtime: '23:00' })));
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByTestId('bedtime-note')).toContainText('less than 5 hours before your bedtime');
  // Changing the bedtime in settings clears it.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('settings').getByLabel('Bedtime').fill('02:30');
  await page.getByTestId('settings').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('bedtime-note')).toHaveCount(0);
});

test('a finished set is kept in this browser: the history lists it and opens its review again', async ({ page }) => {
  test.setTimeout(180_000);
  const watch = await watchPage(page);
  await page.goto('/');
  await waitForApp(page);
  // History opens on the days; "All sets" lists every saved set.
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByTestId('days').getByRole('button', { name: 'All sets' }).click();
  await expect(page.getByTestId('history')).toContainText('No workouts yet');

  const { url } = await trackUrl(page, 'glute-bridge-5reps.track.json', bridge5);
  await openLive(page, 'glute-bridge', url, 8);
  await expect(page.getByTestId('set-done')).toBeVisible({ timeout: 90_000 });
  await page.getByTestId('open-review').click();
  await expect(page.getByTestId('rep-row')).toHaveCount(5);

  await page.goto('/'); // a new visit: only what IndexedDB kept
  await waitForApp(page);
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByTestId('days').getByRole('button', { name: 'All sets' }).click();
  const row = page.getByTestId('history-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Glute bridge');
  await expect(row).toContainText('5 reps in 1 set');
  await page.screenshot({ path: `${SHOTS}/history.png` });
  await row.getByRole('button').click();
  await expect(page.getByTestId('review')).toBeVisible();
  await expect(page.getByTestId('rep-row')).toHaveCount(5);
  expectClean(watch);
});
