import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StorybookConfig } from '@storybook/react-vite';
import { lgdsDocgen } from './docgen.ts';

const require = createRequire(import.meta.url);

// govuk-frontend's CSS asks for its fonts and images at /assets/…, so its assets folder is served there.
const govukAssets = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist/govuk/assets');

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: [{ from: govukAssets, to: '/assets' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The components come from @lgds/react's built files, as a council gets them: their props are read from the
  // package's own type declarations (see docgen.ts), not from source files Storybook would otherwise parse.
  typescript: { reactDocgen: false },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), lgdsDocgen()],
    // govuk-frontend's CSS keeps an old Internet Explorer hack (`@media (min-width: 0\0)`) that Lightning CSS cannot
    // parse when minifying; recovering drops just that rule, which modern browsers ignore anyway.
    css: { ...viteConfig.css, lightningcss: { ...viteConfig.css?.lightningcss, errorRecovery: true } },
  }),
};

export default config;
