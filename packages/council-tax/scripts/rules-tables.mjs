// Writes each transaction's rules table into README.md, between its markers, from the rules schemas themselves,
// so the README is generated and never written twice. `--check` exits 1 when the README is out of date (for CI);
// src/readme.test.ts checks the same from the sources.
//
//   node scripts/rules-tables.mjs           rewrite the tables (from the build in dist: run tsup first)
//   node scripts/rules-tables.mjs --check   exit 1 if a table differs from its schema
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from '@lgds/core/server';
import { directDebit, movingHome, singlePersonDiscount } from '../dist/index.js';

const readmeUrl = new URL('../README.md', import.meta.url);
const tables = {
  'single-person-discount-rules': singlePersonDiscount,
  'moving-home-rules': movingHome,
  'direct-debit-rules': directDebit,
};

const readme = readFileSync(readmeUrl, 'utf8');
const updated = Object.entries(tables).reduce(
  (text, [marker, transaction]) => withRulesTable(text, transaction, marker),
  readme,
);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md: a rules table does not match its rules schema. Run `node scripts/rules-tables.mjs`.');
    process.exit(1);
  }
  console.log('README.md: the rules tables match the rules schemas.');
} else {
  writeFileSync(readmeUrl, updated);
  console.log('README.md: rules tables written.');
}
