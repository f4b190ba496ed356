import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts', enhance: 'src/enhance/enhance.tsx' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // The CJS build needs import.meta.url to find govuk-frontend's files.
  shims: true,
});
