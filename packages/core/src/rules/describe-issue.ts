import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import { type RulesProblem, settingPath } from './errors';

type Issue = z.core.$ZodIssue;

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const typeNames: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of settings',
  null: 'null',
};

function expectedType(issue: Issue & { code: 'invalid_type' }): string {
  return typeNames[issue.expected] ?? issue.expected;
}

function sizeLimit(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const exclusive = issue.inclusive === false;
  const small = issue.code === 'too_small';
  switch (issue.origin) {
    case 'array':
    case 'set':
      return small ? `must have at least ${limit} item${limit === 1 ? '' : 's'}` : `must have at most ${limit} items`;
    case 'string':
      return small
        ? limit === 1
          ? 'must not be empty'
          : `must be at least ${limit} characters`
        : `must be ${limit} characters or fewer`;
    default:
      if (small) return exclusive ? `must be more than ${limit}` : `must be ${limit} or more`;
      return exclusive ? `must be less than ${limit}` : `must be ${limit} or less`;
  }
}

// Made on first use: a module-level call would keep zod's English messages in every browser bundle of the engine.
let zodDefault: ReturnType<typeof en>['localeError'] | undefined;

function isZodDefault(issue: Issue): boolean {
  zodDefault ??= en().localeError;
  const fallback = zodDefault(issue as never);
  return issue.message === (typeof fallback === 'string' ? fallback : fallback?.message);
}

// Zod's own default messages are written for developers; these are for the council officer editing a rules file.
// A rules schema's own message (from the `rule` helpers) is kept as it is.
function plainMessage(issue: Issue): string {
  const got = `, got ${shown(issue.input)}`;
  if (!isZodDefault(issue))
    return issue.input === undefined ? `is missing: it ${issue.message}` : `${issue.message}${got}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing: it must be ${expectedType(issue)}`
        : `must be ${expectedType(issue)}${got}`;
    case 'too_small':
    case 'too_big':
      return `${sizeLimit(issue)}${got}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}${got}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `is not in the right format${got}` : `must be a valid ${issue.format}${got}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}${got}`;
    case 'invalid_union':
      return `does not match any of the allowed forms${got}`;
    default:
      return `${issue.message}${got}`;
  }
}

// Zod 4 schema internals: enough of the definition to find an object's keys at a path.
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

function definition(schema: z.ZodType): SchemaDef {
  return schema._zod.def as unknown as SchemaDef;
}

/** The settings allowed at a path in a rules schema, for "did you mean" suggestions. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const def = definition(schema);
  if (def.innerType) return keysAt(def.innerType, path);
  if (def.type === 'pipe' && def.in) return keysAt(def.in, path);
  if (def.type === 'union' && def.options) return [...new Set(def.options.flatMap((option) => keysAt(option, path)))];
  const [head, ...rest] = path;
  if (head === undefined) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  if (def.type === 'array' && def.element) return keysAt(def.element, rest);
  const next = def.type === 'object' ? def.shape?.[String(head)] : undefined;
  return next ? keysAt(next, rest) : [];
}

function suggestion(key: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const match = closest(key, [...known]);
  const nearEnough = distance(key.toLowerCase(), match.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3));
  return nearEnough ? ` Did you mean "${match}"?` : '';
}

/** Turns zod's issues about a council's rules into plain-English problems, one an unknown key. */
export function describeIssues(schema: z.ZodType, issues: readonly Issue[]): RulesProblem[] {
  return issues.flatMap((issue): RulesProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, issue.path);
      return issue.keys.map((key) => ({
        path: settingPath([...issue.path, key]),
        message: `is not a setting here.${suggestion(key, known)}`,
      }));
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest: its problems are the ones the council meant to fix.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      const nested = best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue);
      if (nested.length > 0) return describeIssues(schema, nested);
    }
    return [{ path: settingPath(issue.path), message: plainMessage(issue) }];
  });
}
