import { type RulesProblem, settingPath } from './errors';

/** Keys that could reach an object's prototype when merged: never allowed in rules. */
export const forbiddenKeys: ReadonlySet<string> = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

const maxDepth = 32;

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return 'a Date object (write dates as text, like "2027-04-01")';
  return `a ${Object.prototype.toString.call(value).slice(8, -1)}`;
}

/**
 * Copies a council's rules as plain JSON data: objects, arrays, strings,
 * finite numbers, booleans and null. Anything else — a Date, a function, a
 * circular reference, a key that could pollute prototypes, a getter that
 * throws — becomes a problem at its path instead of an exception.
 */
export function readPlainData(
  value: unknown,
  path: readonly string[],
  problems: RulesProblem[],
  seen = new Set<object>(),
): unknown {
  const at = settingPath(path);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    problems.push({ path: at, message: `must be a finite number, got ${describe(value)}` });
    return undefined;
  }
  if (typeof value !== 'object') {
    problems.push({
      path: at,
      message: `must be plain data (text, numbers, true/false, lists, settings), got ${describe(value)}`,
    });
    return undefined;
  }
  if (seen.has(value)) {
    problems.push({ path: at, message: 'refers back to itself; rules must be plain data' });
    return undefined;
  }
  if (path.length >= maxDepth) {
    problems.push({ path: at, message: `is nested more than ${maxDepth} levels deep` });
    return undefined;
  }
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return Array.from({ length: value.length }, (_, index) =>
        readPlainData(value[index], [...path, String(index)], problems, seen),
      );
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      problems.push({ path: at, message: `must be plain data, got ${describe(value)}` });
      return undefined;
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) {
        problems.push({ path: settingPath([...path, key]), message: `"${key}" is not allowed as a setting name` });
        continue;
      }
      const read = readPlainData((value as Record<string, unknown>)[key], [...path, key], problems, seen);
      if (read !== undefined) copy[key] = read;
    }
    return copy;
  } catch (error) {
    problems.push({
      path: at,
      message: `could not be read (${error instanceof Error ? error.message : 'unknown error'})`,
    });
    return undefined;
  } finally {
    seen.delete(value);
  }
}
