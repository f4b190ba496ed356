import { describe, expect, it } from 'vitest';
import { bulkyWaste } from '../sample/transaction';
import { RulesError } from './errors';
import { mergeRules } from './merge';
import { resolveRules } from './resolve';

function problemsOf(...layers: unknown[]): string[] {
  try {
    resolveRules(bulkyWaste, ...(layers as never[]));
  } catch (error) {
    if (error instanceof RulesError) return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
    throw error;
  }
  throw new Error('expected a RulesError');
}

describe('resolveRules', () => {
  it('fills every default when a council gives no rules', () => {
    const rules = resolveRules(bulkyWaste, {});
    expect(rules).toEqual({
      pricing: { firstItem: 2500, additionalItem: 1000 },
      maxItems: 5,
      flatsServed: true,
      notServedMessage: null,
      concessions: [],
      collectionWindow: { earliestDays: 3, latestDays: 60 },
    });
  });

  it('returns frozen rules, all the way down', () => {
    const rules = resolveRules(bulkyWaste, {
      concessions: [{ id: 'pc', label: { en: 'A', cy: 'B' }, discountPercent: 10 }],
    });
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules.pricing)).toBe(true);
    expect(Object.isFrozen(rules.concessions[0]?.label)).toBe(true);
  });

  it('names a price in pounds, word for word', () => {
    expect(problemsOf({ pricing: { additionalItem: -5 } })).toEqual([
      'pricing.additionalItem: must be a whole number of pence (0 or more), like 5500 for £55.00, got -5',
    ]);
    expect(problemsOf({ pricing: { firstItem: 25.5 } })).toEqual([
      'pricing.firstItem: must be a whole number of pence (0 or more), like 5500 for £55.00, got 25.5',
    ]);
  });

  it('refuses a price no council charges, saying the limit', () => {
    expect(problemsOf({ pricing: { firstItem: 9007199254740991 } })).toEqual([
      'pricing.firstItem: must be at most 1000000 pence (£10,000): no council charges more, so it is probably mistyped, got 9007199254740991',
    ]);
    expect(resolveRules(bulkyWaste, { pricing: { firstItem: 1_000_000 } }).pricing.firstItem).toBe(1_000_000);
  });

  it('names a setting with an empty name so a council can find it', () => {
    expect(problemsOf({ '': 1 })).toEqual(['(empty name): is not a setting here.']);
    expect(problemsOf({ pricing: { '': 1 } })).toEqual(['pricing.(empty name): is not a setting here.']);
    expect(problemsOf({ collectionWindow: { '': Number.NaN } })).toEqual([
      'collectionWindow.(empty name): must be a finite number, got NaN',
    ]);
  });

  it('lists every wrong field at once, by path', () => {
    expect(
      problemsOf({
        maxItems: 0,
        flatsServed: 'no',
        concessions: [{ id: 'Pension Credit', label: { en: 'Pension Credit' }, discountPercent: 150 }],
      }),
    ).toEqual([
      'maxItems: must be a whole number from 1 to 20, got 0',
      'flatsServed: must be true or false, got "no"',
      'concessions.0.id: must be lower-case words joined by dashes, like "pension-credit", got "Pension Credit"',
      'concessions.0.label.cy: is missing: it must be the Welsh words',
      'concessions.0.discountPercent: must be a percentage from 0 to 100, got 150',
    ]);
  });

  it('suggests the setting a council probably meant', () => {
    expect(problemsOf({ maxItem: 4, pricing: { firstitem: 100, colour: 'green' } })).toEqual([
      'pricing.firstitem: is not a setting here. Did you mean "firstItem"?',
      'pricing.colour: is not a setting here.',
      'maxItem: is not a setting here. Did you mean "maxItems"?',
    ]);
  });

  it('refuses keys that could pollute prototypes', () => {
    const config = JSON.parse('{"__proto__": {"admin": true}, "pricing": {"constructor": 1}}');
    expect(problemsOf(config)).toEqual([
      '__proto__: "__proto__" is not allowed as a setting name',
      'pricing.constructor: "constructor" is not allowed as a setting name',
    ]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses what is not plain data', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(problemsOf('garden waste')).toEqual([': must be a group of settings, got "garden waste"']);
    expect(problemsOf({ pricing: { firstItem: Number.NaN } })).toEqual([
      'pricing.firstItem: must be a finite number, got NaN',
    ]);
    expect(problemsOf({ collectionWindow: circular })[0]).toBe(
      'collectionWindow.self: refers back to itself; rules must be plain data',
    );
  });

  it('lays a council’s changes over a preset', () => {
    const preset = { pricing: { firstItem: 3000, additionalItem: 1500 }, maxItems: 8 };
    const rules = resolveRules(bulkyWaste, preset, { pricing: { additionalItem: 0 } });
    expect(rules.pricing).toEqual({ firstItem: 3000, additionalItem: 0 });
    expect(rules.maxItems).toBe(8);
    expect(preset.pricing.additionalItem).toBe(1500);
  });

  it('has an error message a council officer can read', () => {
    expect(() => resolveRules(bulkyWaste, { maxItems: 0 })).toThrow(
      'The local rules for bulky-waste have 1 problem:\n- maxItems: must be a whole number from 1 to 20, got 0',
    );
  });
});

describe('mergeRules', () => {
  it('replaces lists rather than joining them', () => {
    expect(mergeRules({ days: [1, 15] }, { days: [1, 8, 15, 23] })).toEqual({ days: [1, 8, 15, 23] });
  });

  it('never merges prototype keys', () => {
    const merged = mergeRules({}, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(merged.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
