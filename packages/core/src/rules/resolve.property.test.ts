import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bulkyWaste } from '../sample/transaction';
import { RulesError } from './errors';
import { resolveRules } from './resolve';

// Keys a council might plausibly type, the real ones, near misses and hostile ones.
const key = fc.constantFrom(
  'pricing',
  'firstItem',
  'additionalItem',
  'maxItems',
  'maxItem',
  'flatsServed',
  'concessions',
  'collectionWindow',
  'earliestDays',
  'latestDays',
  'id',
  'label',
  'en',
  'cy',
  'discountPercent',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
);

const hostileValue = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  1e308,
  () => 1,
  Symbol('s'),
  10n,
  new Date(0),
  new Map(),
  /regex/,
  undefined,
);

const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    hostileValue,
    tie('settings'),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
  settings: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
})).value;

function outcome(config: unknown): 'valid' | 'rules-error' {
  try {
    const rules = resolveRules(bulkyWaste, config as never);
    expect(bulkyWaste.rules.safeParse(rules).success).toBe(true);
    expect(Object.isFrozen(rules)).toBe(true);
    return 'valid';
  } catch (error) {
    expect(error).toBeInstanceOf(RulesError);
    expect((error as RulesError).problems.length).toBeGreaterThan(0);
    for (const problem of (error as RulesError).problems) expect(problem.message).not.toBe('');
    return 'rules-error';
  }
}

describe('resolveRules with any config', () => {
  test.prop([value], { numRuns: 500 })(
    'returns valid frozen rules or throws a RulesError naming problems',
    (config) => {
      expect(['valid', 'rules-error']).toContain(outcome(config));
    },
  );

  test.prop([fc.array(value, { maxLength: 3 })], { numRuns: 200 })(
    'never throws anything else for layered configs',
    (layers) => {
      try {
        resolveRules(bulkyWaste, ...(layers as never[]));
      } catch (error) {
        expect(error).toBeInstanceOf(RulesError);
      }
    },
  );

  test.prop([fc.dictionary(key, value)])('never pollutes Object.prototype', (config) => {
    outcome(config);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('firstItem');
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
