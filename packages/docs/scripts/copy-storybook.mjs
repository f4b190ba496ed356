/**
 * The build of @lgds/docs: copies the docs app's built Storybook (apps/docs/storybook-static) into storybook/,
 * which is what the package publishes and bin/lgds-docs.mjs serves. Turbo builds the docs app first (it is a
 * devDependency, so `^build` orders it); run on its own, this fails with the command that builds it.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../../../apps/docs/storybook-static/', import.meta.url));
const destination = fileURLToPath(new URL('../storybook/', import.meta.url));

if (!existsSync(`${source}index.json`) || !existsSync(`${source}index.html`)) {
  console.error(
    `copy-storybook: the Storybook is not built (no index.html and index.json in ${source}).\n` +
      'Build it first: `pnpm build --filter @lgds/docs...` from the repository root (or `pnpm docs:build`).',
  );
  process.exit(1);
}

rmSync(destination, { recursive: true, force: true });
cpSync(source, destination, { recursive: true });
console.log(`copy-storybook: copied ${source} to ${destination}`);
