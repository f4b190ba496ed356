import { defineConfig } from 'tsup';

// The service runs as plain ESM on Node 20: one file, with the @lgds packages (already built) imported at run time.
export default defineConfig({
  entry: ['src/main.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
});
