import { defineConfig } from 'tsup';

// One entry a transaction, so a council that uses only Direct Debit ships only Direct Debit (and its bank data); and
// for each, one entry a language (`/en`, `/cy`), so a browser page in Welsh is sent no English and neither is sent zod
// or the rules schema.
const transactions = ['single-person-discount', 'moving-home', 'direct-debit'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(
      transactions.flatMap((name) =>
        ['index', 'en', 'cy'].map((entry) => [`${name}/${entry}`, `src/${name}/${entry}.ts`]),
      ),
    ),
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
});
