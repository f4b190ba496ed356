// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { missingImports } from '../../../scripts/code-blocks.mjs';
import * as core from './index';
import * as server from './server-only';

// A quick guard: scripts/pack-and-install.mjs type-checks every example against the packed package, in minutes.
it.each([
  ['@lgds/core', core],
  ['@lgds/core/server', server],
])('every name the documentation imports from %s is one it exports', (entry, exported) => {
  expect(missingImports(fileURLToPath(new URL('../../..', import.meta.url)), entry, exported)).toEqual([]);
});
