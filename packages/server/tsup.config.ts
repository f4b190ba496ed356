import { defineConfig, type Options } from 'tsup';

/**
 * The staff command line, `lgds-service`: one ES module, started by the package's `bin`, bin/lgds-service.mjs. It is
 * not an entry point to import, so it has no CommonJS copy and no types. src/cli/bin.test.ts builds it with these
 * same options into a folder of its own and runs it through the bin.
 */
export const cliBuild: Options = {
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // One file: the lazily loaded database drivers inlined, not in chunks that the library's build would clean away.
  splitting: false,
  sourcemap: true,
  // The library's build below cleans dist/ (all but this file): the two builds run side by side.
  clean: false,
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts', enhance: 'src/enhance/enhance.tsx' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['!cli.js', '!cli.js.map'],
    sourcemap: true,
    target: 'es2022',
    // The CJS build needs import.meta.url to find govuk-frontend's files.
    shims: true,
  },
  cliBuild,
]);
