import { defineConfig } from 'tsup';

// The steps and bank helpers (no Vocalink table), the table-loaded modulus check apart so that a browser page, which
// fetches the table only for the bank details page, never imports it; and one entry a language for the words.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'modulus-check': 'src/modulus-check.ts',
    en: 'src/en.ts',
    cy: 'src/cy.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
});
