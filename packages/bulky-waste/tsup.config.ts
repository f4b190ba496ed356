import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry a language, so a page in Welsh is sent no English (and neither is sent the rules schema).
  entry: ['src/index.ts', 'src/en.ts', 'src/cy.ts'],
  splitting: true,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
