/**
 * Runs the app's own detector adapter in headless Debian Chromium from Node: builds the tools page,
 * serves it on loopback, and opens it with Playwright (no browser download, no network).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { ModelVariant, Runtime } from '../pose/model-files';
import { isSoftwareRenderer } from '../pose/runtime-choice';
import type { DetectResult } from '../tools/detector-tools';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from './chromium';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, '.cache', 'tools-dist');


export interface BrowserDetector {
  page: Page;
  environment(): Promise<{ webgl2: boolean; renderer: string }>;
  init(runtime: Runtime, variant: ModelVariant): Promise<{ backend: string; initMs: number }>;
  detect(jpegFile: string, t: number): Promise<DetectResult>;
  resources(): Promise<number>;
  close(): Promise<void>;
}

export async function openBrowserDetector(options: { extraArgs?: string[]; quiet?: boolean } = {}): Promise<BrowserDetector> {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ root, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not start');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...HEADLESS_CHROMIUM_ARGS, ...(options.extraArgs ?? [])] });
  } catch (e) {
    await server.close();
    throw new Error(`Could not start Chromium at /usr/bin/chromium (apt-get install chromium): ${(e as Error).message}`);
  }
  const page = await browser.newPage();
  // Offline by construction: anything not on loopback is refused.
  await page.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()));
  await page.goto(`${url}tools.html`);
  await page.waitForFunction(() => (window as unknown as { __spineToolsReady?: boolean }).__spineToolsReady === true);
  type Tools = { spineTools: Record<string, (...a: unknown[]) => unknown> };
  return {
    page,
    environment: () => page.evaluate(() => (window as unknown as Tools).spineTools.environment() as { webgl2: boolean; renderer: string }),
    init: (runtime, variant) =>
      page.evaluate(([r, v]) => (window as unknown as Tools).spineTools.init(r, v) as Promise<{ backend: string; initMs: number }>, [runtime, variant] as const),
    detect: (jpegFile, t) => {
      const b64 = readFileSync(jpegFile).toString('base64');
      return page.evaluate(([data, time]) => (window as unknown as Tools).spineTools.detect(data, time) as Promise<DetectResult>, [b64, t] as const);
    },
    resources: () => page.evaluate(() => (window as unknown as Tools).spineTools.resources() as number),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The runtime to use when none is asked for. The mediapipe runtime draws on WebGL2; in a software
 * renderer it is about ten times slower than tfjs + WASM (shared/design/browser-notes.md), so it is
 * only measured against tfjs when there is a real GPU.
 */
export async function fasterRuntimeHere(det: BrowserDetector, variant: ModelVariant, sampleFrame: string): Promise<{ runtime: Runtime; reason: string }> {
  const env = await det.environment();
  if (!env.webgl2) return { runtime: 'tfjs', reason: 'no WebGL2 in this browser' };
  if (isSoftwareRenderer(env.renderer)) return { runtime: 'tfjs', reason: `WebGL is software-rendered here (${env.renderer})` };
  const medians: Record<string, number> = {};
  for (const runtime of ['tfjs', 'mediapipe'] as const) {
    await det.init(runtime, variant);
    await det.detect(sampleFrame, 0);
    const times: number[] = [];
    for (let i = 1; i <= 3; i++) times.push((await det.detect(sampleFrame, i / 30)).detectorMs);
    medians[runtime] = times.sort((a, b) => a - b)[1];
  }
  const runtime = medians.mediapipe < medians.tfjs ? 'mediapipe' : 'tfjs';
  return { runtime, reason: `measured: mediapipe ${medians.mediapipe.toFixed(0)} ms, tfjs ${medians.tfjs.toFixed(0)} ms per frame` };
}
