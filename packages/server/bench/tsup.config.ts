import { defineConfig } from 'tsup';

// The benchmark is TypeScript so that it can use the service's own source and test helpers (startPostgres) as they
// are. This bundles it, with the server's source, into bench/dist; packages (react, pg, PGlite, @lgds/*, autocannon)
// stay imports, as they are in the published build. Run from packages/server: `tsup --config bench/tsup.config.ts`.
export default defineConfig({
  entry: {
    'service.bench': 'bench/service.bench.ts',
    serve: 'bench/serve.ts',
    breakdown: 'bench/breakdown.ts',
    summarise: 'bench/summarise.ts',
  },
  outDir: 'bench/dist',
  format: ['esm'],
  platform: 'node',
  // The same target as the package's own build (tsup.config.ts), so the service code runs as published.
  target: 'es2022',
  skipNodeModulesBundle: true,
  sourcemap: true,
  clean: true,
  dts: false,
});
