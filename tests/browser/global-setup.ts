/**
 * Makes the fake camera: Chromium's --use-file-for-fake-video-capture wants a .y4m (raw, large),
 * so it is made here from a licensed mp4 in fixtures/ instead of being committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CAMERA_CLIP = 'fixtures/licensed/gymnai-clips/push_up.mp4';
export const CAMERA_Y4M = 'artifacts/camera.y4m';

export default function globalSetup(): void {
  const root = join(import.meta.dirname, '..', '..');
  mkdirSync(join(root, 'artifacts', 'screenshots'), { recursive: true });
  const out = join(root, CAMERA_Y4M);
  const src = join(root, CAMERA_CLIP);
  if (existsSync(out) && statSync(out).mtimeMs > statSync(src).mtimeMs) return;
  execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', src, '-t', '8', '-r', '15', '-vf', 'scale=640:360,format=yuv420p', '-f', 'yuv4mpegpipe', out], { stdio: 'inherit' });
}
