import type { z } from 'zod';
import type { AnyTransaction } from '../transaction';
import { describeRules, type RuleDescription } from './describe-rules';
import { resolveRules } from './resolve';

// Makes the Markdown table of a transaction's rules that each package's README carries between markers, from the
// rules schema itself, so the README is generated and never written twice.

interface Definition {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

/** The schema under `.default()`, `.prefault()`, `.optional()`, `.nullable()` and pipes. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  for (;;) {
    const def = inner._zod.def as unknown as Definition;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) return inner;
    inner = next;
  }
}

/** The schema of one setting, by its dotted path (`charging.priceChanges[].from`). */
function settingSchema(rules: z.ZodType, path: string): z.ZodType {
  return path.split('.').reduce((schema, key) => {
    const name = key.replace(/\[\]$/, '');
    const child = (unwrap(schema)._zod.def as unknown as Definition).shape?.[name] as z.ZodType;
    return key.endsWith('[]') ? ((unwrap(child)._zod.def as unknown as Definition).element as z.ZodType) : child;
  }, rules);
}

/**
 * What a council gets when it leaves a setting out: the value `resolveRules` fills in, as JSON. A setting with no
 * default (inside a list item, or in a group that is null by default) is either required or can be left out.
 */
function defaultWords(rules: z.ZodType, path: string, defaults: unknown): string {
  const value = path.includes('[]')
    ? undefined
    : path
        .split('.')
        .reduce<unknown>(
          (group, key) =>
            group === null || typeof group !== 'object' ? undefined : (group as Record<string, unknown>)[key],
          defaults,
        );
  if (value === undefined) return settingSchema(rules, path).safeParse(undefined).success ? '(optional)' : '(required)';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return ''; // a group: see its settings
  return `\`${JSON.stringify(value)}\``;
}

/** The type in plain words, with the range a number must be in (`whole number from 1 to 10`). */
function typeWords(rules: z.ZodType, rule: RuleDescription): string {
  const { minValue, maxValue } = unwrap(settingSchema(rules, rule.path)) as { minValue?: unknown; maxValue?: unknown };
  if (typeof minValue !== 'number' || !Number.isFinite(minValue)) return rule.type;
  return typeof maxValue === 'number' && maxValue < Number.MAX_SAFE_INTEGER
    ? `${rule.type} from ${minValue} to ${maxValue}`
    : `${rule.type}, ${minValue} or more`;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The Markdown table of every rule of a transaction: its dotted path, type in plain words, default as JSON, and
 * what it does. Columns are padded as Biome formats Markdown tables, so formatting a README leaves it as made.
 */
export function rulesTable(transaction: AnyTransaction): string {
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
  const widths = (rows[0] ?? []).map((_, column) => Math.max(3, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((text, column) => text.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/**
 * A README with the rules table between `<!-- <marker>:start -->` and `<!-- <marker>:end -->` replaced by the one
 * the transaction's rules schema gives. Throws if the markers are missing.
 */
export function withRulesTable(readme: string, transaction: AnyTransaction, marker = 'rules-table'): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error(`The README needs the markers ${start} and ${end}, in that order`);
  return `${readme.slice(0, from + start.length)}\n\n${rulesTable(transaction)}\n\n${readme.slice(to)}`;
}
