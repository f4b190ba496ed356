import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Every story is a test: Storybook's Vitest plugin turns each one into a test that renders it in Chromium, runs its
// play function, then checks the page with axe (parameters.a11y.test = 'error' in .storybook/preview.tsx).
// Since Storybook 10.3 the plugin applies .storybook/preview.tsx and every addon's annotations itself, so there is no
// setup file calling setProjectAnnotations.
export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  // Pre-bundled up front: Vite otherwise finds these mid-run on a cold cache, reloads, and the first story files
  // fail with "Failed to fetch dynamically imported module".
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      '@lgds/core',
      '@lgds/react',
      '@lgds/garden-waste',
      'govuk-frontend',
      '@storybook/addon-a11y > axe-core',
    ],
  },
  test: {
    // Journeys typed into jsdom or a browser take seconds on a busy 2-core CI machine: no 5-second default.
    testTimeout: 60_000,
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      // Failures are axe reports and play function errors in text; screenshots would only litter the app.
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
});
