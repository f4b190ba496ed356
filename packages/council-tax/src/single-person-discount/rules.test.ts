import { createFlow } from '@lgds/core';
import { describeRules, RulesError, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { claimWindow } from './claim-window';
import { singlePersonDiscountPresets as presets } from './presets';
import { singlePersonDiscountRules } from './rules';
import { singlePersonDiscount } from './transaction';

function problemsOf(...layers: unknown[]): string[] {
  try {
    resolveRules(singlePersonDiscount, ...(layers as never[]));
  } catch (error) {
    if (error instanceof RulesError) return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
    throw error;
  }
  throw new Error('expected a RulesError');
}

const standardEvidence = {
  en: 'For example, a tenancy agreement or utility bill in your name only, or a letter showing where the other adult lives now.',
  cy: 'Er enghraifft, cytundeb tenantiaeth neu fil cyfleustodau yn eich enw chi yn unig, neu lythyr sy’n dangos ble mae’r oedolyn arall yn byw erbyn hyn.',
};

describe('the defaults', () => {
  it('give a council that writes nothing the standard 25%, a year back, none ahead and no evidence', () => {
    expect(resolveRules(singlePersonDiscount, {})).toEqual({
      accountReference: { pattern: '^\\d{8}$', example: '12345678', description: { en: '8 digits', cy: '8 digid' } },
      links: {
        contact: 'https://www.example.gov.uk/council-tax/contact',
        privacy: 'https://www.example.gov.uk/council-tax/privacy',
      },
      declaration: null,
      penaltyWarning: null,
      discountPercent: 25,
      claimDaysBack: 365,
      claimDaysAhead: 0,
      evidence: {
        requested: false,
        description: standardEvidence,
        upload: { maxFiles: 3, maxFileSizeMegabytes: 10, fileTypes: ['pdf', 'jpg', 'png'] },
      },
    });
  });

  it('describe every setting for the README and the docs', () => {
    const undescribed = describeRules(singlePersonDiscountRules).filter((rule) => rule.description.trim() === '');
    expect(undescribed).toEqual([]);
  });
});

describe('the presets', () => {
  it.each(Object.entries(presets))('%s resolves', (_name, preset) => {
    expect(() => resolveRules(singlePersonDiscount, preset)).not.toThrow();
  });

  it('give each council its own account number format, discount, window and evidence', () => {
    const summary = Object.fromEntries(
      Object.entries(presets).map(([name, preset]) => {
        const rules = resolveRules(singlePersonDiscount, preset);
        return [
          name,
          [
            rules.accountReference.description.en,
            rules.discountPercent,
            rules.claimDaysBack,
            rules.claimDaysAhead,
            rules.evidence.requested,
            rules.declaration === null ? 'standard declaration' : 'own declaration',
          ],
        ];
      }),
    );
    expect(summary).toEqual({
      exampleshire: ['8 digits starting with 5', 25, 365, 0, true, 'standard declaration'],
      enghraifft: ['A followed by 9 digits, like A123456789', 25, 91, 28, false, 'own declaration'],
      northmoor: ['9 digits', 30, 730, 14, true, 'own declaration'],
    });
  });

  // Every setting a council can change, from the schema itself, so a new setting is checked as soon as it is added.
  const settings = describeRules(singlePersonDiscountRules)
    .filter((rule) => rule.type !== 'settings')
    .map((rule) => rule.path);
  const valueAt = (rules: unknown, path: string) =>
    JSON.stringify(path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], rules));
  const resolved = (name: keyof typeof presets) => resolveRules(singlePersonDiscount, presets[name]);

  it.each(settings)('Cyngor Sir Enghraifft and Northmoor differ on %s', (path) => {
    expect(valueAt(resolved('enghraifft'), path)).not.toBe(valueAt(resolved('northmoor'), path));
  });

  it.each(settings)('Exampleshire and Enghraifft differ on %s, but for the 25% the law sets', (path) => {
    const same = valueAt(resolved('exampleshire'), path) === valueAt(resolved('enghraifft'), path);
    expect(same).toBe(path === 'discountPercent');
  });

  it.each(settings)('at least one preset changes %s from its default', (path) => {
    const byDefault = valueAt(resolveRules(singlePersonDiscount, {}), path);
    const changed = (Object.keys(presets) as (keyof typeof presets)[]).filter(
      (name) => valueAt(resolved(name), path) !== byDefault,
    );
    expect(changed.length).toBeGreaterThan(0);
  });

  it('lets a council lay its own rules over a preset', () => {
    const rules = resolveRules(singlePersonDiscount, presets.exampleshire, { claimDaysBack: 30 });
    expect(rules.claimDaysBack).toBe(30);
    expect(rules.accountReference.pattern).toBe('^5\\d{7}$');
  });
});

describe('mistakes in a council’s rules', () => {
  it('name each wrong setting, word for word', () => {
    expect(
      problemsOf({
        discountPercent: '25%',
        claimDaysBack: 2557,
        claimDaysAhead: -7,
        evidence: { requested: 'yes', description: { en: 'A recent utility bill' } },
      }),
    ).toEqual([
      'discountPercent: must be a percentage from 0 to 100, got "25%"',
      'claimDaysBack: must be a whole number from 0 to 2192, got 2557',
      'claimDaysAhead: must be a whole number from 0 to 92, got -7',
      'evidence.requested: must be true or false, got "yes"',
      'evidence.description.cy: is missing: it must be the Welsh words',
    ]);
  });

  it('catch a discount written as a fraction', () => {
    expect(problemsOf({ discountPercent: 0.25 })).toEqual([
      'discountPercent: must be at least 1 (write 25 for 25%), got 0.25',
    ]);
  });

  it('catch a claim window in months or years rather than whole days', () => {
    expect(problemsOf({ claimDaysBack: 12, claimDaysAhead: 0.5 })).toEqual([
      'claimDaysAhead: must be a whole number from 0 to 92, got 0.5',
    ]);
    expect(problemsOf({ claimDaysBack: '12 months' })).toEqual([
      'claimDaysBack: must be a whole number from 0 to 2192, got "12 months"',
    ]);
  });

  it('catch words for evidence when the council does not ask for it', () => {
    expect(problemsOf({ evidence: { description: { en: 'A utility bill', cy: 'Bil cyfleustodau' } } })).toEqual([
      'evidence.description: is only used when evidence is asked for: add "requested": true, got {"en":"A utility bill","cy":"Bil cyfleustodau"}',
    ]);
  });

  it('catch evidence words in one language only, or as plain text', () => {
    expect(problemsOf({ evidence: { requested: true, description: 'A utility bill' } })).toEqual([
      'evidence.description: must give the words in English and Welsh, like { "en": "…", "cy": "…" }, got "A utility bill"',
    ]);
  });

  it('suggest the setting a council probably meant', () => {
    expect(problemsOf({ discountPercentage: 25, claimDaysback: 90, evidence: { request: true } })).toEqual([
      'evidence.request: is not a setting here. Did you mean "requested"?',
      'discountPercentage: is not a setting here. Did you mean "discountPercent"?',
      'claimDaysback: is not a setting here. Did you mean "claimDaysBack"?',
    ]);
  });

  it('check the shared settings too', () => {
    expect(
      problemsOf({
        accountReference: { pattern: '^5\\d{7}$(', description: '8 digits starting with 5' },
        links: { contact: 'http://www.exampleshire.example/contact' },
        declaration: { en: 'I declare that I live alone.' },
      }),
    ).toEqual([
      'accountReference.pattern: must be a valid regular expression, like "^5\\\\d{7}$", got "^5\\\\d{7}$("',
      'accountReference.description: must give the words in English and Welsh, like { "en": "…", "cy": "…" }, got "8 digits starting with 5"',
      'links.contact: must be a web address starting https://, got "http://www.exampleshire.example/contact"',
      'declaration.cy: is missing: it must be the Welsh words',
    ]);
  });
});

describe('an account reference pattern', () => {
  it('is refused when it does not compile exactly as the account question compiles it', () => {
    expect(problemsOf({ accountReference: { pattern: '^5\\d{7}\\', example: '51234567' } })).toEqual([
      'accountReference.pattern: must be a valid regular expression, like "^5\\\\d{7}$", got "^5\\\\d{7}\\\\"',
    ]);
  });

  it('needs one of the council’s real references alongside it', () => {
    expect(problemsOf({ accountReference: { pattern: '^5\\d{7}$' } })).toEqual([
      'accountReference.example: is missing: it must be given with your own pattern: one of your real account references, like "51234567"',
    ]);
  });

  it.each([
    ['^[A-Z]{2}-\\d{7}$', 'AB-1234567', 'AB1234567'],
    ['^[a-z]{2}\\d{7}$', 'ab1234567', 'AB1234567'],
    ['^5\\d{7}\\$', '51234567', '51234567'],
  ])('is refused when no resident could match it (%s), saying why', (pattern, example, tidied) => {
    expect(problemsOf({ accountReference: { pattern, example } })).toEqual([
      `accountReference.pattern: does not match the example reference "${example}" once tidied to "${tidied}": residents’ references are upper-cased and their spaces and dashes removed before they are checked, got ${JSON.stringify(pattern)}`,
    ]);
  });

  it.each(Object.entries(presets))('accepts %s’s example, typed with spaces and in lower case', (_name, preset) => {
    const flow = createFlow(singlePersonDiscount, resolveRules(singlePersonDiscount, preset));
    const typed = preset.accountReference.example.toLowerCase().replace(/(.{3})/g, '$1 ');
    expect(flow.validateStep('account', { reference: typed })).toEqual({
      ok: true,
      values: { reference: preset.accountReference.example },
    });
  });
});

describe('the claim window', () => {
  it('runs from claimDaysBack days before today to claimDaysAhead days after, across a leap day', () => {
    expect(claimWindow({ claimDaysBack: 365, claimDaysAhead: 0 }, '2026-10-15')).toEqual({
      from: '2025-10-15',
      to: '2026-10-15',
    });
    expect(claimWindow({ claimDaysBack: 91, claimDaysAhead: 28 }, '2026-10-15')).toEqual({
      from: '2026-07-16',
      to: '2026-11-12',
    });
    expect(claimWindow({ claimDaysBack: 1, claimDaysAhead: 1 }, '2028-03-01')).toEqual({
      from: '2028-02-29',
      to: '2028-03-02',
    });
  });
});
