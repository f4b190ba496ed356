import type { z } from 'zod';

/** One setting of a rules schema, described for a council: for README tables and the docs' rules reference. */
export interface RuleDescription {
  /** Its dotted path; `[]` marks the items of a list (`concessions[].label`). */
  path: string;
  /** What kind of value it takes, in plain words. */
  type: string;
  /** Its default, as JSON, or undefined when it has none. */
  default?: unknown;
  /** What it does, from the schema's `.describe()`. */
  description: string;
}

interface Definition {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: z.ZodType[];
  defaultValue?: unknown;
  format?: string;
  check?: string;
}

const definitionOf = (schema: z.ZodType) => schema._zod.def as unknown as Definition;

const isLocalText = (shape: Record<string, z.ZodType> | undefined) =>
  shape !== undefined && Object.keys(shape).sort().join() === 'cy,en';

/** The schema under defaults, optionals, nullables and pipes, with what they added. */
function unwrap(schema: z.ZodType): {
  inner: z.ZodType;
  nullable: boolean;
  defaultValue?: unknown;
  description?: string;
} {
  let inner = schema;
  let nullable = false;
  let defaultValue: unknown;
  let description = schema.description;
  for (;;) {
    const def = definitionOf(inner);
    if ((def.type === 'default' || def.type === 'prefault') && defaultValue === undefined)
      defaultValue = def.defaultValue;
    if (def.type === 'nullable') nullable = true;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    inner = next;
    description ??= inner.description;
  }
  return { inner, nullable, defaultValue, ...(description !== undefined && { description }) };
}

function typeWords(schema: z.ZodType): string {
  const def = definitionOf(schema);
  switch (def.type) {
    case 'string':
      return def.format === 'url' ? 'web address' : 'text';
    case 'number':
      return def.format === 'safeint' || def.check === 'number_format' ? 'whole number' : 'number';
    case 'int':
      return 'whole number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {})
        .map((value) => JSON.stringify(value))
        .join(', ')}`;
    case 'literal':
      return `${(def.values ?? []).map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'array':
      return `list of ${def.element ? plural(typeWords(unwrap(def.element).inner)) : 'values'}`;
    case 'object':
      return isLocalText(def.shape) ? 'words in English and Welsh' : 'settings';
    default:
      return def.type;
  }
}

function plural(words: string): string {
  if (words.startsWith('one of')) return `values, each ${words}`;
  return words === 'settings' ? 'entries' : words;
}

/**
 * Lists every setting of a rules schema, in order, with its type, default and description: the one source for the
 * rules tables in each package's README and in the docs, so they are never written twice.
 */
export function describeRules(schema: z.ZodType, prefix = ''): RuleDescription[] {
  const { inner } = unwrap(schema);
  const def = definitionOf(inner);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const { inner: value, nullable, defaultValue, description = '' } = unwrap(child);
    const valueDef = definitionOf(value);
    const row: RuleDescription = {
      path,
      type: `${typeWords(value)}${nullable ? ', or null' : ''}`,
      ...(defaultValue !== undefined && { default: defaultValue }),
      description,
    };
    if (valueDef.type === 'object' && !isLocalText(valueDef.shape)) {
      // A group that defaults to `{}` takes its settings' defaults: list the group, then each setting.
      const isEmptyGroup =
        typeof defaultValue === 'object' && defaultValue !== null && Object.keys(defaultValue).length === 0;
      return [isEmptyGroup ? { ...row, default: undefined } : row, ...describeRules(value, path)].map(
        dropUndefinedDefault,
      );
    }
    if (
      valueDef.type === 'array' &&
      valueDef.element &&
      definitionOf(unwrap(valueDef.element).inner).type === 'object'
    ) {
      const item = unwrap(valueDef.element).inner;
      return [row, ...(isLocalText(definitionOf(item).shape) ? [] : describeRules(item, `${path}[]`))];
    }
    return [row];
  });
}

function dropUndefinedDefault(row: RuleDescription): RuleDescription {
  if (row.default !== undefined) return row;
  const { default: _, ...rest } = row;
  return rest;
}
