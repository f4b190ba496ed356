import { describeRules, RulesError, type RulesLayer, type RulesProblem, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { presets } from './presets';
import { bulkyWasteRules } from './rules';
import { bulkyWaste } from './transaction';

// What a council sees when it writes its rules: every mistake named by the setting's path, in plain English, and
// presets that show every setting in use.

type Layer = RulesLayer<typeof bulkyWaste>;

/** The `RulesError` that resolving these layers throws. */
function errorOf(...layers: Layer[]): RulesError {
  try {
    resolveRules(bulkyWaste, ...layers);
  } catch (error) {
    if (error instanceof RulesError) return error;
    throw error;
  }
  throw new Error('expected a RulesError');
}

const problemsOf = (...layers: Layer[]): readonly RulesProblem[] => errorOf(...layers).problems;

/** The value at a dotted path of resolved rules. */
function at(rules: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((group, key) => (group as Record<string, unknown>)[key], rules);
}

describe('the presets', () => {
  const councils = Object.keys(presets) as (keyof typeof presets)[];

  it.each(councils)('%s resolves', (council) => {
    expect(() => resolveRules(bulkyWaste, presets[council])).not.toThrow();
  });

  it('differ on every setting, so between them they show each one in use', () => {
    const settings = describeRules(bulkyWasteRules).filter((rule) => rule.type !== 'settings');
    expect(settings.length).toBeGreaterThan(0);
    const alike = settings
      .map(({ path }) => path)
      .filter((path) => {
        const values = councils.map((council) => JSON.stringify(at(resolveRules(bulkyWaste, presets[council]), path)));
        return new Set(values).size === 1;
      });
    expect(alike).toEqual([]);
  });
});

describe('a council’s mistakes are reported word for word, by the setting’s path', () => {
  it('an answer limit outside what the service allows', () => {
    expect(problemsOf({ items: { maxLength: 50 } })).toEqual([
      { path: 'items.maxLength', message: 'must be a whole number from 100 to 5000, got 50' },
    ]);
  });

  it('a misspelt setting, with the setting it probably means, over a preset', () => {
    expect(problemsOf(presets.exampleshire, { replyWithinDay: 5 } as Layer)).toEqual([
      { path: 'replyWithinDay', message: 'is not a setting here. Did you mean "replyWithinDays"?' },
    ]);
  });

  it('words for residents in English only', () => {
    expect(problemsOf({ service: { closedMessage: { en: 'Closed until Monday.' } } } as Layer)).toEqual([
      { path: 'service.closedMessage.cy', message: 'is missing: it must be the Welsh words' },
    ]);
  });

  it('a switch written as text', () => {
    expect(problemsOf({ service: { open: 'no' } } as unknown as Layer)).toEqual([
      { path: 'service.open', message: 'must be true or false, got "no"' },
    ]);
  });

  it('every problem at once, in one error that names the transaction', () => {
    const error = errorOf({ items: { maxLength: 50 }, replyWithinDays: 0 });
    expect(error.problems.map((problem) => problem.path)).toEqual(['items.maxLength', 'replyWithinDays']);
    expect(error.message).toContain('bulky-waste');
  });
});
