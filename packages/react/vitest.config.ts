import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // core's sample transaction, which is not published, for journey tests.
    alias: { '@lgds/core-sample': fileURLToPath(new URL('../core/src/sample/index.ts', import.meta.url)) },
  },
  test: {
    // Journeys typed into jsdom or a browser take seconds on a busy 2-core CI machine: no 5-second default.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.browser.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        // Pre-bundled up front: Vite otherwise finds these mid-run on a cold cache, reloads, and the first test file
        // fails with "Failed to fetch dynamically imported module".
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-dev-runtime',
            'react-dom',
            'react-dom/client',
            'react-hook-form',
            '@testing-library/react',
            '@testing-library/user-event',
            'axe-core',
            'govuk-frontend',
            '@lgds/core',
          ],
        },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            // Failures are axe reports in text; screenshots would only litter src/ with __screenshots__ folders.
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
