import { describeRules, RulesError, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { movingHomePresets } from './presets';
import { movingHomeRules } from './rules';
import { movingHome } from './transaction';

function problemsOf(...layers: unknown[]): string[] {
  try {
    resolveRules(movingHome, ...(layers as never[]));
  } catch (error) {
    if (error instanceof RulesError) return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
    throw error;
  }
  throw new Error('expected a RulesError');
}

function valueAt(rules: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], rules);
}

// Every setting a council can change, by path (groups such as `dates` are left out: their settings are listed).
const settings = describeRules(movingHomeRules).filter((setting) => setting.type !== 'settings');

describe('moving home rules', () => {
  it('fills every default when a council gives no rules', () => {
    expect(resolveRules(movingHome, {})).toEqual({
      accountReference: { pattern: '^\\d{8}$', example: '12345678', description: { en: '8 digits', cy: '8 digid' } },
      links: {
        contact: 'https://www.example.gov.uk/council-tax/contact',
        privacy: 'https://www.example.gov.uk/council-tax/privacy',
      },
      declaration: null,
      penaltyWarning: null,
      dates: { maxDaysAgo: 365, maxDaysAhead: 60 },
      askPreviousAddress: true,
      askForwardingAddress: true,
      askSolicitor: true,
      askLandlordContact: true,
      askFurnished: false,
      billWithinWorkingDays: 10,
    });
  });

  it('describes every setting, with its default', () => {
    expect(settings.map((setting) => setting.path)).toEqual([
      'accountReference.pattern',
      'accountReference.example',
      'accountReference.description',
      'links.contact',
      'links.privacy',
      'declaration',
      'penaltyWarning',
      'dates.maxDaysAgo',
      'dates.maxDaysAhead',
      'askPreviousAddress',
      'askForwardingAddress',
      'askSolicitor',
      'askLandlordContact',
      'askFurnished',
      'billWithinWorkingDays',
    ]);
    for (const setting of settings) {
      expect(setting.description.length, setting.path).toBeGreaterThan(20);
      expect(setting.default, setting.path).not.toBeUndefined();
    }
  });

  it.each(Object.keys(movingHomePresets) as (keyof typeof movingHomePresets)[])(
    'resolves the %s preset, frozen',
    (name) => {
      const rules = resolveRules(movingHome, movingHomePresets[name]);
      expect(Object.isFrozen(rules)).toBe(true);
      expect(Object.isFrozen(rules.dates)).toBe(true);
    },
  );

  it('has presets that differ on every setting', () => {
    const exampleshire = resolveRules(movingHome, movingHomePresets.exampleshire);
    const enghraifft = resolveRules(movingHome, movingHomePresets.enghraifft);
    for (const { path } of settings) {
      expect(valueAt(exampleshire, path), path).not.toEqual(valueAt(enghraifft, path));
    }
  });

  it('lays a council’s own changes over a preset', () => {
    const rules = resolveRules(movingHome, movingHomePresets.enghraifft, { dates: { maxDaysAhead: 56 } });
    expect(rules.dates).toEqual({ maxDaysAgo: 180, maxDaysAhead: 56 });
  });

  it('names every realistic mistake at once, word for word', () => {
    expect(
      problemsOf({
        accountReference: { pattern: '^5\\d{7$', description: { en: '8 digits starting with 5' } },
        links: { contact: 'http://www.exampleshire.example/contact' },
        declaration: 'I declare that the information I have given is true.',
        dates: { maxDaysAgo: -30, maxDaysAhed: 30 },
        askSolicitor: 'yes',
        askFurnish: true,
        billWithinWorkingDays: 0,
      }),
    ).toEqual([
      'accountReference.pattern: must be a valid regular expression, like "^5\\\\d{7}$", got "^5\\\\d{7$"',
      'accountReference.description.cy: is missing: it must be the Welsh words',
      'links.contact: must be a web address starting https://, got "http://www.exampleshire.example/contact"',
      'declaration: must give the words in English and Welsh, like { "en": "…", "cy": "…" }, got "I declare that the information I have given is true."',
      'dates.maxDaysAgo: must be a whole number from 0 to 3650, got -30',
      'dates.maxDaysAhed: is not a setting here. Did you mean "maxDaysAhead"?',
      'askSolicitor: must be true or false, got "yes"',
      'billWithinWorkingDays: must be a whole number from 1 to 60, got 0',
      'askFurnish: is not a setting here. Did you mean "askFurnished"?',
    ]);
  });

  it('refuses a window of more than a year ahead and empty words', () => {
    expect(problemsOf({ dates: { maxDaysAhead: 400 }, penaltyWarning: { en: '', cy: 'Rhybudd' } })).toEqual([
      'penaltyWarning.en: must not be empty: give the English words, got ""',
      'dates.maxDaysAhead: must be a whole number from 0 to 365, got 400',
    ]);
  });
});
