import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium when present (this workplace has no browser downloads), overridable with
// CHROMIUM_PATH; otherwise Playwright's own browser on machines that installed one.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// PW_PORT lets several checkouts run their browser tests side by side without reusing each
// other's preview server.
const port = Number(process.env.PW_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e-output/results',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    // Turns on the app's test hooks (filterfitDebug, __PIXI_APP__, the worker's crash hook):
    // the one debug flag of src/ui/framework/debug.ts, off unless a page sets it.
    storageState: { cookies: [], origins: [{ origin: baseURL, localStorage: [{ name: 'filterfit:debug', value: '1' }] }] },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      // No network here: keep Chromium from dialing out at start-up.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --strictPort --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
