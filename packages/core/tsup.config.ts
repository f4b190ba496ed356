import { defineConfig } from 'tsup';

// The server-only part (rules checking and payload schemas: all of zod) is an entry of its own, `@lgds/core/server`,
// which the main entry does not import, so no bundler can carry zod into a browser page. Code both entries use is
// shared through a chunk.
export default defineConfig({
  entry: { index: 'src/index.ts', fields: 'src/fields/index.ts', server: 'src/server-only.ts' },
  format: ['esm', 'cjs'],
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
});
