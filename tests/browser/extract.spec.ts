/** The extraction CLI: a licensed clip -> the real detector in headless Chromium -> a valid pose track. */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrack } from '../../src/track/track';

const CLIP = 'fixtures/licensed/gymnai-clips/bird_dog.mp4';

function extract(args: string[]) {
  return spawnSync(process.execPath, ['scripts/run.mjs', 'src/cli/extract.ts', ...args], { encoding: 'utf8', timeout: 300_000 });
}

test('extract (default runtime) writes a valid track in which most frames have a pose', async () => {
  test.setTimeout(300_000);
  const out = join(mkdtempSync(join(tmpdir(), 'extract-')), 'bird_dog.track.json');
  const run = extract([CLIP, '-o', out, '--fps', '5', '--model', 'lite']);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toContain('runtime: ');
  expect(run.stderr).toMatch(/40\/40/); // the progress bar reached the end: 8 s at 5 fps
  const track = parseTrack(readFileSync(out, 'utf8'));
  expect(track.frames).toHaveLength(40);
  expect(track.frames[1].t).toBeCloseTo(0.2);
  expect(track.source).toMatchObject({ name: 'bird_dog', width: 1280, height: 720, fps: 5 });
  expect(track.model.variant).toBe('lite');
  const withPose = track.frames.filter((f) => f.keypoints !== null).length;
  expect(withPose / track.frames.length).toBeGreaterThan(0.8);
  expect(track.frames.find((f) => f.keypoints)!.world).toHaveLength(33);
});

test('extract --runtime mediapipe uses the mediapipe graph', async () => {
  test.setTimeout(300_000);
  const out = join(mkdtempSync(join(tmpdir(), 'extract-')), 'bird_dog.track.json');
  const run = extract([CLIP, '-o', out, '--fps', '2', '--seconds', '2', '--model', 'lite', '--runtime', 'mediapipe']);
  expect(run.status, run.stderr).toBe(0);
  const track = parseTrack(readFileSync(out, 'utf8'));
  expect(track.model.runtime).toBe('mediapipe');
  expect(track.frames).toHaveLength(4);
  expect(track.frames.filter((f) => f.keypoints).length).toBeGreaterThanOrEqual(3);
});

test('extract rejects bad arguments and unreadable clips with a message', () => {
  const noOut = extract([CLIP]);
  expect(noOut.status).not.toBe(0);
  expect(noOut.stderr).toContain('usage:');
  const missing = extract(['no-such-clip.mp4', '-o', '/tmp/x.json']);
  expect(missing.status).not.toBe(0);
  expect(missing.stderr).toContain('Could not decode no-such-clip.mp4');
});
