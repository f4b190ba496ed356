// Writes the table of every garden waste rule into README.md, between the rules-table markers, from the rules
// schema itself, so the README is generated and never written twice.
//
//   node scripts/rules-table.mjs           rewrite the table in README.md (from the build in dist: run tsup first)
//   node scripts/rules-table.mjs --check   exit 1 if README.md's table differs from the schema (for CI)
//
// src/readme.test.ts imports `withRulesTable` and passes the transaction from src, so the tests need no build.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describeRules, resolveRules } from '@lgds/core';

export const START = '<!-- rules-table:start -->';
export const END = '<!-- rules-table:end -->';
const readmeUrl = new URL('../README.md', import.meta.url);

/** The schema under `.default()`, `.prefault()`, `.optional()`, `.nullable()` and pipes. */
function unwrap(schema) {
  for (;;) {
    const def = schema._zod.def;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) return schema;
    schema = next;
  }
}

/** The schema of one setting, by its dotted path (`charging.priceChanges[].from`). */
function settingSchema(rules, path) {
  return path.split('.').reduce((schema, key) => {
    const name = key.replace(/\[\]$/, '');
    const child = unwrap(schema)._zod.def.shape[name];
    return key.endsWith('[]') ? unwrap(child)._zod.def.element : child;
  }, rules);
}

/**
 * What a council gets when it leaves a setting out: the value `resolveRules` fills in, as JSON. A setting with no
 * default (inside a list item, or in a group that is null by default) is either required or can be left out.
 */
function defaultWords(rules, path, defaults) {
  const value = path.includes('[]')
    ? undefined
    : path.split('.').reduce((group, key) => (group === null ? undefined : group?.[key]), defaults);
  if (value === undefined) return settingSchema(rules, path).safeParse(undefined).success ? '(optional)' : '(required)';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return ''; // a group: see its settings
  return `\`${JSON.stringify(value)}\``;
}

/** The type in plain words, with the range a number must be in (`whole number from 1 to 10`). */
function typeWords(rules, rule) {
  const { minValue, maxValue } = unwrap(settingSchema(rules, rule.path));
  if (typeof minValue !== 'number' || !Number.isFinite(minValue)) return rule.type;
  return Number.isFinite(maxValue) && maxValue < Number.MAX_SAFE_INTEGER
    ? `${rule.type} from ${minValue} to ${maxValue}`
    : `${rule.type}, ${minValue} or more`;
}

const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The Markdown table of every rule of a transaction (`gardenWasteNew`): its dotted path, type in plain words, default
 * as JSON, and description.
 */
export function rulesTable(transaction) {
  const defaults = resolveRules(transaction);
  const rows = [
    ['Setting', 'Type', 'Default', 'What it does'],
    ...describeRules(transaction.rules).map((rule) => [
      `\`${rule.path}\``,
      cell(typeWords(transaction.rules, rule)),
      defaultWords(transaction.rules, rule.path, defaults),
      cell(rule.description),
    ]),
  ];
  // Padded to line up, as Biome formats Markdown tables, so formatting the README leaves the table as generated.
  const widths = rows[0].map((_, column) => Math.max(3, ...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((text, column) => text.padEnd(widths[column])).join(' | ')} |`;
  const [header, ...body] = rows;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** The README with its rules table replaced by the one the transaction's rules schema gives. */
export function withRulesTable(readme, transaction) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}, in that order`);
  return `${readme.slice(0, start + START.length)}\n\n${rulesTable(transaction)}\n\n${readme.slice(end)}`;
}

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
