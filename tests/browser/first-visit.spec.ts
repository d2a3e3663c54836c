/**
 * A first visit downloads only the model it will use (issue 13). With runtime "auto" the choice is
 * made from the WebGL renderer string before anything is fetched; a second runtime is timed (and
 * its model downloaded) only when the first one timed is too slow to coach with.
 */
import { expect, test, type Page } from '@playwright/test';
import { analyseClip, waitForApp, watchPage } from '../support/offline';
import { appOrigin } from '../support/live-page';

/** Every model file the page and its detector worker request, in order (paths). */
function watchModelRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/models/')) paths.push(path);
  });
  return paths;
}

const TFJS_LITE = ['/models/tfjs-wasm/tfjs-backend-wasm-simd.wasm', '/models/tfjs/blazepose-detector.json', '/models/tfjs/blazepose-detector.bin', '/models/tfjs/blazepose-lite.json', '/models/tfjs/blazepose-lite.bin'];

test('software WebGL: a first visit with runtime auto downloads the tfjs lite files and nothing of mediapipe, and a video goes through the live screens to its review', async ({ page }) => {
  test.setTimeout(300_000);
  const watch = await watchPage(page, appOrigin());
  const requested = watchModelRequests(page);
  await page.goto('/?model=lite');
  await waitForApp(page);
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2')!;
    return String(gl.getParameter(gl.getExtension('WEBGL_debug_renderer_info')!.UNMASKED_RENDERER_WEBGL));
  });
  expect(renderer).toMatch(/swiftshader/i);
  await analyseClip(page);
  expect([...new Set(requested)].sort()).toEqual([...TFJS_LITE].sort());
  // Video file mode: the recorded workout went through the same live screens to its review. The clip
  // crops the person's toes and the far limbs score low; the engine follows what it needs (issue 8),
  // so the bird-dog lift is seen and the review has no "could not follow you" to explain. Its lift is
  // held 2.8 s against the 3 s target: a hold attempt, made or too short (issue 10).
  await expect(page.getByTestId('rep-row')).not.toHaveCount(0);
  await expect(page.getByTestId('review')).toContainText(/Set 1: \d+ holds? made/);
  await expect(page.getByTestId('tracking-gap-note')).toHaveCount(0);
  await page.screenshot({ path: 'artifacts/screenshots/review-video.png', fullPage: true });
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
});

// What a laptop with a real GPU reports; the pixels are still drawn by SwiftShader here.
const GPU_RENDERER = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)';

test('real GPU: the GPU runtime is timed first, and the other model is downloaded only when it was too slow', async ({ page }) => {
  test.setTimeout(420_000);
  await page.addInitScript((name) => {
    const UNMASKED_RENDERER_WEBGL = 0x9246;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const get = proto.getParameter;
      proto.getParameter = function (this: WebGLRenderingContext, p: number) {
        return p === UNMASKED_RENDERER_WEBGL ? name : get.call(this, p);
      } as typeof get;
    }
  }, GPU_RENDERER);
  const requested = watchModelRequests(page);
  await page.goto('/?model=lite');
  await waitForApp(page);
  await analyseClip(page);

  const choice = await page.evaluate(() => JSON.parse(localStorage.getItem('spine-coach.runtime-choice.v1') ?? 'null'));
  expect(choice.renderer).toBe(GPU_RENDERER);
  const firstTfjs = requested.findIndex((p) => p.startsWith('/models/tfjs'));
  // mediapipe first; tfjs only after mediapipe was timed too slow (15 detections a second).
  expect(requested[0]).toMatch(/^\/models\/mediapipe\//);
  expect(requested.filter((p) => /blazepose-(full|heavy)|pose_landmark_(full|heavy)/.test(p))).toEqual([]);
  if (choice.medians.mediapipe <= 1000 / 15) {
    expect(firstTfjs).toBe(-1);
    expect(choice.runtime).toBe('mediapipe');
  } else {
    expect(Object.keys(choice.medians)).toEqual(['mediapipe', 'tfjs']);
    expect(firstTfjs).toBeGreaterThan(0);
  }
});
