/**
 * Vitest config for @lgds/react's benches, apart from the package's tests (vitest.config.ts finds only src/):
 * - `server`: the server-render bench, `vitest bench --run --config bench/vitest.config.ts`;
 * - `keystrokes`: renders per keystroke, `vitest run --config bench/vitest.config.ts`.
 * Both import @lgds/react and @lgds/core as published (their dist/), so build them first.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The package's own cache folder, so no node_modules folder appears inside bench/.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/bench', import.meta.url)),
  test: {
    // jsdom and user-event on a busy 2-core machine: no 5-second default.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        // A server runs React's production build, and JSX must then compile for it (`jsx`, not `jsxDEV`).
        oxc: { jsx: { runtime: 'automatic', development: false } },
        test: {
          name: 'server',
          environment: 'node',
          env: { NODE_ENV: 'production' },
          // Node loads the packages' built files itself, as on a server, instead of Vite transforming them first.
          server: { deps: { external: [/\/packages\/(core|react)\/dist\//] } },
          include: [],
          benchmark: { include: ['*.bench.tsx'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'keystrokes',
          environment: 'jsdom',
          include: ['keystrokes.test.tsx'],
          benchmark: { include: [] },
          // The DevTools hook must be in place before react-dom loads.
          setupFiles: ['./render-counter.ts'],
        },
      },
    ],
  },
});
