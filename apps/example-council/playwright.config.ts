// Exampleshire's site as residents meet it, in Chromium with JavaScript and without: scripts/rehearse-release.mjs
// installs the site from a registry, builds it, starts it and runs this suite with BASE_URL set to it. The suite's
// tools (@playwright/test, @axe-core/playwright) are installed by the rehearsal, not listed in package.json: they are
// the rehearsal's, not the site's.
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: './e2e-output/playwright',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  // A busy 2-core CI machine: no 5-second timeouts.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: process.env.BASE_URL || 'http://127.0.0.1:3000',
    browserName: 'chromium',
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    // Each page's full-page screenshot is taken by the walk itself (e2e/pages.ts), named by journey and step.
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: { executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] },
  },
  projects: [
    { name: 'javascript', use: { javaScriptEnabled: true } },
    { name: 'no-javascript', use: { javaScriptEnabled: false } },
  ],
});
