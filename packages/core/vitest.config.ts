import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Journeys typed into jsdom or a browser take seconds on a busy 2-core CI machine: no 5-second default.
    testTimeout: 60_000,
    include: ['src/**/*.test.ts'],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
