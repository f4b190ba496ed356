import type { StorybookConfig } from '@storybook/react-vite';
import { lgdsDocgen } from './docgen.ts';
import { mdxCompileOptions } from './mdx-options.mjs';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // The guides are compiled with GitHub-flavoured Markdown, for their tables (see mdx-options.mjs).
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The components come from @lgds/react's built files, as a council gets them: their props are read from the
  // package's own type declarations (see docgen.ts), not from source files Storybook would otherwise parse.
  typescript: { reactDocgen: false },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), lgdsDocgen()],
  }),
};

export default config;
