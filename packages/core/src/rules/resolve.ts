import type { AnyTransaction, RulesInputOf, RulesOf } from '../transaction';
import { describeIssues } from './describe-issue';
import { RulesError, type RulesProblem } from './errors';
import { mergeRules } from './merge';
import { readPlainData } from './plain-data';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A council's rules, or a part of them to lay over a preset. */
export type RulesLayer<T extends AnyTransaction> = RulesInputOf<T> | Readonly<Record<string, unknown>> | undefined;

/**
 * Gives a transaction's complete, frozen local rules: the layers (a preset,
 * then the council's own changes) are merged in order over the defaults and
 * checked. If anything is wrong it throws one `RulesError` that names every
 * wrong setting by its path.
 *
 * @example
 * import { resolveRules } from '@lgds/core/server';
 * import { gardenWasteNew, presets } from '@lgds/garden-waste';
 *
 * const rules = resolveRules(gardenWasteNew, presets.exampleshire, { containers: { maxBins: 4 } });
 */
export function resolveRules<T extends AnyTransaction>(
  transaction: T,
  ...layers: readonly RulesLayer<T>[]
): RulesOf<T> {
  const problems: RulesProblem[] = [];
  const merged = layers.reduce<unknown>((base, layer) => {
    const plain = readPlainData(layer, [], problems);
    if (plain === undefined) return base;
    if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
      problems.push({ path: '', message: `must be a group of settings, got ${JSON.stringify(plain)}` });
      return base;
    }
    return mergeRules(base, plain);
  }, {});
  const result = transaction.rules.safeParse(merged, { reportInput: true });
  if (!result.success) {
    // Two checks on one setting can say the same thing; the council needs to read it once.
    const seen = new Set(problems.map((problem) => `${problem.path}\n${problem.message}`));
    for (const problem of describeIssues(transaction.rules, result.error.issues)) {
      const key = `${problem.path}\n${problem.message}`;
      if (!seen.has(key)) problems.push(problem);
      seen.add(key);
    }
  }
  if (problems.length > 0) throw new RulesError(transaction.id, problems);
  return deepFreeze(result.data) as RulesOf<T>;
}
