// Writes the table of every garden waste rule into README.md, between the rules-table markers, from the rules
// schema itself, so the README is generated and never written twice.
//
//   node scripts/rules-table.mjs           rewrite the table in README.md (from the build in dist: run tsup first)
//   node scripts/rules-table.mjs --check   exit 1 if README.md's table differs from the schema (for CI)
//
// The table itself comes from @lgds/core's `rulesTable`, shared by every package's README.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { withRulesTable } from '@lgds/core/server';

const readmeUrl = new URL('../README.md', import.meta.url);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { gardenWasteNew } = await import('../dist/index.js');
  const readme = readFileSync(readmeUrl, 'utf8');
  const updated = withRulesTable(readme, gardenWasteNew);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error(
        'README.md: the rules table does not match the rules schema (src/rules.ts).\n' +
          'Rebuild (npx tsup) and run `node scripts/rules-table.mjs` to regenerate it; do not edit it by hand.',
      );
      process.exit(1);
    }
    console.log('README.md: the rules table matches the rules schema.');
  } else if (updated === readme) {
    console.log('README.md: the rules table is already up to date.');
  } else {
    writeFileSync(readmeUrl, updated);
    console.log('README.md: rules table written.');
  }
}
