/**
 * The built app carries a Content-Security-Policy (only its own origin, WebAssembly allowed) as a
 * meta tag and, from the dev and preview servers, as a header that also forbids framing; it runs
 * under it: the camera path tracks a pose on both detector runtimes with no violation (mediapipe's in
 * pipeline.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { CSP_HEADER } from '../../csp.config';
import { waitForApp } from '../support/offline';
import { recordViolations, violations } from '../support/csp';
import { waitForSkeleton } from '../support/skeleton';

test('the page declares its policy, and the policy is enforced', async ({ page }) => {
  await recordViolations(page);
  const response = await page.goto('/');
  await waitForApp(page);
  const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  // The header is the meta tag's policy plus what only a header can say.
  expect(response!.headers()['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain("'unsafe-eval'");
  // An injected inline script does not run, and is reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  // Reported once by each policy: the header's and the meta tag's.
  await expect.poll(() => violations(page)).toEqual(['script-src-elem inline', 'script-src-elem inline']);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('no other page can frame the app', async ({ page, baseURL }) => {
  const app = `${baseURL}/`;
  await page.route('http://framer.test/', (route) => route.fulfill({ contentType: 'text/html', body: `<iframe src="${app}" onload="window.__framed = true"></iframe>` }));
  await page.goto('http://framer.test/');
  await page.waitForFunction(() => (window as unknown as { __framed?: boolean }).__framed);
  // The browser shows its own error page in the frame instead of the app.
  const child = page.frames().find((f) => f !== page.mainFrame())!;
  expect(await child.evaluate(() => location.href).catch((e: Error) => `not readable: ${e.message}`)).not.toBe(app);
});

test('the dev server sends the same header', async () => {
  const server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  try {
    const response = await fetch(server.resolvedUrls!.local[0]);
    expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(CSP_HEADER).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';.*; frame-ancestors 'none'$/);
    // The dev page carries the meta tag too.
    expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
  } finally {
    await server.close();
  }
});

test('the README gives a static host the header the servers send', () => {
  expect(readFileSync('README.md', 'utf8')).toContain(`Content-Security-Policy: ${CSP_HEADER}\n`);
});

// The mediapipe runtime's camera path under the policy is pipeline.spec's (one model load for both).
test('the camera path tracks a pose under the policy: tfjs', async ({ page }) => {
  test.setTimeout(240_000);
  await recordViolations(page);
  await page.goto('/?exercise=glute-bridge&runtime=tfjs&model=lite');
  await waitForApp(page);
  await waitForSkeleton(page, 180_000);
  await expect(page.getByTestId('problem')).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
});
