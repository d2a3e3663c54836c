/**
 * The built app carries a Content-Security-Policy (only its own origin, WebAssembly allowed) and
 * runs under it: the camera path tracks a pose on both detector runtimes with no violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from '../support/offline';
import { waitForSkeleton } from '../support/skeleton';

/** Every CSP violation the page reports, from before its first script. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice());

test('the page declares its policy, and the policy is enforced', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  await waitForApp(page);
  const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain("'unsafe-eval'");
  // An injected inline script does not run, and is reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

for (const runtime of ['tfjs', 'mediapipe'] as const) {
  test(`the camera path tracks a pose under the policy: ${runtime}`, async ({ page }) => {
    test.setTimeout(240_000);
    await recordViolations(page);
    await page.goto(`/?exercise=glute-bridge&runtime=${runtime}&model=lite`);
    await waitForApp(page);
    await waitForSkeleton(page, 180_000);
    await expect(page.getByTestId('problem')).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
  });
}
