import { defineConfig } from 'tsup';

// One entry a transaction, so a council that uses only Direct Debit ships only Direct Debit (and its bank data).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'single-person-discount/index': 'src/single-person-discount/index.ts',
    'moving-home/index': 'src/moving-home/index.ts',
    'direct-debit/index': 'src/direct-debit/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
});
