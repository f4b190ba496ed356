// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { fencedBlocks } from '../../../scripts/code-blocks.mjs';
import { documentedImportsExist } from '../../../scripts/readme-checks.mjs';
import * as server from './index';
import * as node from './node';

// The README shows councils the examples in examples/ whole. Those files are what scripts/pack-and-install.mjs
// runs (with `node server.mjs`, and with `next build` and `next start`), so the README must show them verbatim.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

/** The text of every fenced code block in the README, whatever its language. */
const codeBlocks = fencedBlocks(readme).map((block) => block.code);

const examples = [
  'examples/node/server.mjs',
  'examples/next/app/services/[...path]/route.ts',
  'examples/next/lib/service.ts',
  'examples/next/next.config.ts',
  // Bundled and run in Chromium by enhance.browser.test.ts.
  'examples/enhance/enhance.ts',
];

it.each(examples)('the README shows %s whole, in a code block of its own', (example) => {
  const source = readFileSync(join(packageDir, example), 'utf8');
  expect(codeBlocks.map((block) => block.trimEnd())).toContain(source.trimEnd());
});

it('shows the EnvironmentError that integrationsFrom throws for a webhook and a return template given in part', () => {
  const shown = fencedBlocks(readme).find((block) => block.code.startsWith("The service's environment variables"));
  const env = {
    WEBHOOK_URL: 'https://backoffice.exampleshire.example/submissions',
    NOTIFY_API_KEY: `exampleshire_live-${'1'.repeat(8)}-1111-4111-8111-${'1'.repeat(12)}-${'2'.repeat(8)}-2222-4222-8222-${'2'.repeat(12)}`,
    NOTIFY_RETURN_TEMPLATE_EN: `${'7'.repeat(8)}-7777-4777-8777-${'7'.repeat(12)}`,
  };
  let thrown: unknown;
  try {
    server.integrationsFrom(env);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(server.EnvironmentError);
  expect((thrown as Error).message).toBe(shown?.code.trimEnd());
});

// (`@lgds/server/enhance` runs in the browser; its one export, `enhance`, is checked there.)
documentedImportsExist({ '@lgds/server': server, '@lgds/server/node': node });
