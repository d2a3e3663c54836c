import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, fakeCameraArgs, HEADLESS_CHROMIUM_ARGS } from './src/cli/chromium';

// PW_PORT lets several checkouts on one machine run their browser tests side by side.
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  // Detection in software WebGL/WASM is slow on 2 cores: one worker, generous timeouts.
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  globalSetup: './tests/browser/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...HEADLESS_CHROMIUM_ARGS, ...fakeCameraArgs('artifacts/camera.y4m')],
    },
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
  },
  webServer: {
    // The production build is what users get, and it avoids Vite's dev-time dependency reloads.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
