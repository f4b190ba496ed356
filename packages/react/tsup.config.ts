import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

// Three entries, each built on its own so none bundles another's code:
// - components: every component and page, free of hooks, safe in React Server Components;
// - client: what uses hooks, with "use client" kept at its top, importing components from ./components;
// - index: both, re-exported.
// Imports of another entry stay imports of its built file (`./components.js` or `.cjs`).
function keepApart(entries: readonly string[]): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'keep-entries-apart',
    setup(build) {
      const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = path.relative(path.resolve('src'), path.resolve(args.resolveDir, args.path));
        return entries.includes(target) ? { path: `./${target}${extension}`, external: true } : undefined;
      });
    },
  };
}

const builds: { entry: string; apart: string[] }[] = [
  { entry: 'components', apart: [] },
  { entry: 'client', apart: ['components'] },
  { entry: 'index', apart: ['components', 'client'] },
];

// One build per entry, both formats: its declarations are made once and written as .d.ts and .d.cts (the same
// text), instead of once per format — each is a TypeScript program of its own, most of the build's time.
export default defineConfig(
  builds.map(
    ({ entry, apart }): Options => ({
      entry: { [entry]: `src/${entry}.ts` },
      format: ['esm', 'cjs'],
      dts: true,
      sourcemap: true,
      target: 'es2022',
      external: ['react', 'react-dom', 'react-hook-form', '@lgds/core', 'zod'],
      esbuildPlugins: [keepApart(apart)],
    }),
  ),
);
