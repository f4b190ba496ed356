// @vitest-environment node
import { readFileSync } from 'node:fs';
import { withRulesTable } from '@lgds/core';
import { expect, it } from 'vitest';
import { directDebit } from './direct-debit/transaction';
import { movingHome } from './moving-home/transaction';
import { singlePersonDiscount } from './single-person-discount/transaction';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it.each([
  ['single-person-discount-rules', singlePersonDiscount],
  ['moving-home-rules', movingHome],
  ['direct-debit-rules', directDebit],
] as const)(
  'has the %s table its schema gives (run `node scripts/rules-tables.mjs` after a change)',
  (marker, transaction) => {
    expect(withRulesTable(readme, transaction, marker)).toBe(readme);
  },
);
