/** Decodes a clip into JPEG frames at a fixed rate with ffmpeg, as the real-video fixtures were made. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface DecodedClip {
  dir: string;
  files: string[];
  fps: number;
  width: number;
  height: number;
  cleanup(): void;
}

function probeSize(clip: string): { width: number; height: number } {
  const out = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'csv=p=0', clip], { encoding: 'utf8' });
  const [width, height] = out.trim().split(',').map(Number);
  if (!width || !height) throw new Error(`${clip}: no video stream found`);
  return { width, height };
}

/** Frames wider than maxWidth are scaled down (keypoints are normalised, so this does not change them). */
export function decodeClip(clip: string, fps: number, options: { maxWidth?: number; maxFrames?: number } = {}): DecodedClip {
  const maxWidth = options.maxWidth ?? 1280;
  const src = probeSize(clip);
  const width = Math.min(src.width, maxWidth);
  const height = Math.round((src.height * width) / src.width / 2) * 2;
  const dir = mkdtempSync(join(tmpdir(), `frames-${basename(clip)}-`));
  const args = ['-v', 'error', '-i', clip, '-vf', `fps=${fps},scale=${width}:${height}`, '-q:v', '3'];
  if (options.maxFrames) args.push('-frames:v', String(options.maxFrames));
  execFileSync('ffmpeg', [...args, join(dir, '%06d.jpg')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const files = readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort().map((f) => join(dir, f));
  return { dir, files, fps, width, height, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
