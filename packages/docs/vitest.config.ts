import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A 2-core CI machine building in parallel takes seconds over what a laptop does: no 5-second default.
    testTimeout: 60_000,
    environment: 'node',
    include: ['bin/**/*.test.ts'],
  },
});
