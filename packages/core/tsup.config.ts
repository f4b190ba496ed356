import { defineConfig, type Options } from 'tsup';

// The server-only part (rules checking and payload schemas: all of zod) is an entry of its own, which the main entry
// re-exports from its file rather than bundling it in. A browser bundle that uses none of it drops that file, and zod
// with it, in every bundler: `sideEffects: false` lets a bundler skip a whole file, but not the unused parts of one.
function serverPartApart(file: string): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'server-part-apart',
    setup(build) {
      build.onResolve({ filter: /^\.\/server-only$/ }, (args) =>
        args.importer.endsWith('index.ts') ? { path: file, external: true } : undefined,
      );
    },
  };
}

const shared: Options = {
  entry: { index: 'src/index.ts', server: 'src/server-only.ts' },
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
};

// `pnpm build` empties dist first: the two formats build side by side, so neither may clean it.
export default defineConfig([
  // ESM shares the code both entries use through a chunk; CommonJS repeats it in each file, which Node does not mind.
  { ...shared, format: 'esm', splitting: true, esbuildPlugins: [serverPartApart('./server.js')] },
  { ...shared, format: 'cjs', splitting: false, esbuildPlugins: [serverPartApart('./server.cjs')] },
]);
