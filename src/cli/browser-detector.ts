/**
 * Runs the app's own detector adapter in headless Debian Chromium from Node: builds the tools page,
 * serves it on loopback, and opens it with Playwright (no browser download, no network).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { ModelVariant } from '../pose/model-files';
import { decideRuntime, fastEnough, fasterRuntime, median, type Runtime } from '../pose/runtime-choice';
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

export interface BuiltApp {
  /** The preview server's base URL, ending in '/'. */
  url: string;
  browser: Browser;
  /** A page that refuses anything not on loopback: offline by construction. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the app (index and tools pages), serves it with vite preview on loopback, and starts Chromium. */
export async function startBuiltApp(extraArgs: string[] = []): Promise<BuiltApp> {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ root, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not start');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...HEADLESS_CHROMIUM_ARGS, ...extraArgs] });
  } catch (e) {
    await server.close();
    throw new Error(`Could not start Chromium at /usr/bin/chromium (apt-get install chromium): ${(e as Error).message}`);
  }
  return {
    url,
    browser,
    async newPage() {
      const page = await browser.newPage();
      await page.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()));
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export async function openBrowserDetector(options: { extraArgs?: string[]; app?: BuiltApp } = {}): Promise<BrowserDetector> {
  const app = options.app ?? (await startBuiltApp(options.extraArgs));
  const url = app.url;
  const page = await app.newPage();
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
    // A shared app stays open for its owner.
    close: () => (options.app ? page.close() : app.close()),
  };
}

/**
 * The runtime to use when none is asked for: the app's own policy (runtime-choice.ts), measuring
 * each runnable runtime on a sample frame only where the machine does not already decide it.
 */
export async function fasterRuntimeHere(det: BrowserDetector, variant: ModelVariant, sampleFrame: string): Promise<{ runtime: Runtime; reason: string }> {
  const env = await det.environment();
  const decision = decideRuntime({ preference: 'auto', webgl2: env.webgl2, renderer: env.renderer, stored: null });
  if ('runtime' in decision) return decision;
  const timings = [];
  for (const runtime of decision.measure) {
    await det.init(runtime, variant);
    await det.detect(sampleFrame, 0);
    const samples: number[] = [];
    for (let i = 1; i <= 3; i++) samples.push((await det.detect(sampleFrame, i / 30)).detectorMs);
    timings.push({ runtime, samples });
    if (fastEnough(timings[timings.length - 1])) break;
  }
  const runtime = fasterRuntime(timings) ?? decision.measure[0];
  return { runtime, reason: `measured: ${timings.map((t) => `${t.runtime} ${median(t.samples).toFixed(0)} ms`).join(', ')} per frame` };
}
