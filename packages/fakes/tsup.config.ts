import { defineConfig } from 'tsup';

// One ESM file for Node, `dist/index.js`, for apps/service, which runs on plain Node (tests and type-checkers read
// `src/` through package.json's `types` and `development` conditions). `dist/` sits beside `src/`, so each fake finds
// the specs at `../specs/` from either. ajv stays a dependency, imported at run time.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
});
