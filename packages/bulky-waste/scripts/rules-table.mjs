// Writes the table of every rule into README.md, between the rules-table markers, from the rules schema itself, so
// the README is generated and never written twice.
//
//   node scripts/rules-table.mjs           rewrite the table in README.md (from the build in dist: run tsup first)
//   node scripts/rules-table.mjs --check   exit 1 if README.md's table differs from the schema (for CI)
//
// The table itself comes from @lgds/core's `rulesTable`, shared by every package's README; src/readme.test.ts checks
// the same from the sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from '@lgds/core/server';

const readmeUrl = new URL('../README.md', import.meta.url);
const { bulkyWaste } = await import('../dist/index.js');
const readme = readFileSync(readmeUrl, 'utf8');
const updated = withRulesTable(readme, bulkyWaste);

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error(
      'README.md: the rules table does not match src/rules.ts. Rebuild, then run `node scripts/rules-table.mjs`.',
    );
    process.exit(1);
  }
  console.log('README.md: the rules table matches the rules schema.');
} else {
  writeFileSync(readmeUrl, updated);
  console.log(
    updated === readme ? 'README.md: the rules table is already up to date.' : 'README.md: rules table written.',
  );
}
