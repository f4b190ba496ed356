// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { missingImports } from '../../../scripts/code-blocks.mjs';
import * as core from './index';

// A quick guard: scripts/pack-and-install.mjs type-checks every example against the packed package, in minutes.
it('every name the documentation imports from @lgds/core is one it exports', () => {
  expect(missingImports(fileURLToPath(new URL('../../..', import.meta.url)), '@lgds/core', core)).toEqual([]);
});
