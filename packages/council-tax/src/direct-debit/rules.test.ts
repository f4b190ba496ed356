import { describeRules, RulesError, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { presets } from './presets';
import { directDebitRules } from './rules';
import { directDebit } from './transaction';

/** The problems a council's rules have, word for word, or none. */
function problemsWith(rules: unknown): readonly { path: string; message: string }[] {
  try {
    resolveRules(directDebit, rules as never);
    return [];
  } catch (error) {
    if (error instanceof RulesError) return error.problems;
    throw error;
  }
}

describe('the rules', () => {
  it('have sensible defaults: 10 or 12 instalments on the 1st or 15th, with Bacs’ 10 working days’ notice', () => {
    const rules = resolveRules(directDebit, {});
    expect(rules).toMatchObject({
      instalmentPlans: [10, 12],
      paymentDays: [1, 15],
      noticeDays: 10,
      bankHolidays: [],
      multipleSignaturesMessage: null,
      serviceUser: { name: { en: 'the council', cy: 'y cyngor' }, number: null },
      accountReference: { pattern: '^\\d{8}$', example: '12345678', description: { en: '8 digits', cy: '8 digid' } },
    });
  });

  it.each(Object.entries(presets))('resolve for the %s preset', (_name, preset) => {
    expect(() => resolveRules(directDebit, preset)).not.toThrow();
  });

  it('differ between the presets on every setting, so each preset shows a different way to set it', () => {
    const northmoor = resolveRules(directDebit, presets.northmoor) as Record<string, unknown>;
    const enghraifft = resolveRules(directDebit, presets.enghraifft) as Record<string, unknown>;
    const nested = ['accountReference', 'links', 'serviceUser'];
    const settings = Object.keys(directDebitRules.shape).flatMap((key): string[][] =>
      nested.includes(key) ? Object.keys(northmoor[key] as object).map((inner) => [key, inner]) : [[key]],
    );
    expect(settings).toHaveLength(14);
    for (const path of settings) {
      const read = (rules: Record<string, unknown>) =>
        JSON.stringify(path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], rules));
      expect(read(northmoor), path.join('.')).not.toBe(read(enghraifft));
    }
  });

  it('describe every setting for councils', () => {
    const described = describeRules(directDebitRules);
    for (const path of ['instalmentPlans', 'paymentDays', 'noticeDays', 'bankHolidays', 'multipleSignaturesMessage']) {
      expect(described.find((setting) => setting.path === path)?.description).toBeTruthy();
    }
  });
});

describe('mistakes a council might make, in words it can act on', () => {
  it.each([
    [{ instalmentPlans: [10, 13] }, 'instalmentPlans.1', 'must be a whole number from 1 to 12, got 13'],
    [{ instalmentPlans: [] }, 'instalmentPlans', 'must offer at least one plan, like [10, 12], got []'],
    [{ instalmentPlans: [10, 10] }, 'instalmentPlans', 'must not list the same plan twice, got [10,10]'],
    [{ instalmentPlans: '10, 12' }, 'instalmentPlans', 'must be a list, got "10, 12"'],
    [{ paymentDays: [1, 31] }, 'paymentDays.1', 'must be a whole number from 1 to 28, got 31'],
    [{ paymentDays: [1, 1] }, 'paymentDays', 'must not list the same day twice, got [1,1]'],
    [{ noticeDays: 2 }, 'noticeDays', 'must be a whole number from 3 to 30, got 2'],
    [{ noticeDays: '10' }, 'noticeDays', 'must be a whole number from 3 to 30, got "10"'],
    [
      { bankHolidays: ['25/12/2026'] },
      'bankHolidays.0',
      'must be a real date written like "2027-04-01", got "25/12/2026"',
    ],
    [
      { bankHolidays: ['2026-12-32'] },
      'bankHolidays.0',
      'must be a real date written like "2027-04-01", got "2026-12-32"',
    ],
    [{ serviceUser: { number: '12345' } }, 'serviceUser.number', 'must be 6 digits, like "123456", got "12345"'],
    [
      { serviceUser: { number: 123456 } },
      'serviceUser.number',
      'must be 6 digits in quotes, like "123456", got 123456',
    ],
    [
      { serviceUser: { name: 'Northmoor' } },
      'serviceUser.name',
      'must give the words in English and Welsh, like { "en": "…", "cy": "…" }, got "Northmoor"',
    ],
    [
      { multipleSignaturesMessage: { en: 'Phone us' } },
      'multipleSignaturesMessage.cy',
      'is missing: it must be the Welsh words',
    ],
    [{ paymentDay: [1] }, 'paymentDay', 'is not a setting here. Did you mean "paymentDays"?'],
    [{ serviceUser: { sun: '123456' } }, 'serviceUser.sun', 'is not a setting here.'],
    [
      { accountReference: { pattern: '[' } },
      'accountReference.pattern',
      'must be a valid regular expression, like "^5\\\\d{7}$", got "["',
    ],
  ])('%j: %s %s', (rules, path, message) => {
    expect(problemsWith(rules)).toEqual([{ path, message }]);
  });

  it('lists every problem at once', () => {
    const problems = problemsWith({ instalmentPlans: [0], paymentDays: [29], noticeDays: 0 });
    expect(problems.map((problem) => problem.path)).toEqual(['instalmentPlans.0', 'paymentDays.0', 'noticeDays']);
  });
});
