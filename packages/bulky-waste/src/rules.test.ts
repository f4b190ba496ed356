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

/** The values at a dotted path of resolved rules (`catalogue[].id` gives every item's), or null where a group is null. */
function at(rules: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    if (value === null || value === undefined) return null;
    if (key.endsWith('[]')) {
      const list = (value as Record<string, unknown>)[key.slice(0, -2)];
      return Array.isArray(list) ? list : null;
    }
    if (Array.isArray(value)) return value.map((item) => (item as Record<string, unknown>)[key]);
    return (value as Record<string, unknown>)[key];
  }, rules);
}

describe('the defaults', () => {
  const rules = resolveRules(bulkyWaste, {});

  it('are an open, per-item service with a small catalogue, on Tuesdays and Thursdays', () => {
    expect(rules.service.open).toBe(true);
    expect(rules.charging).toEqual({ model: 'per-item', bands: [] });
    expect(rules.catalogue.map((item) => [item.id, item.pricePence, item.maxPerBooking])).toEqual([
      ['sofa', 2000, 2],
      ['fridge-freezer', 2500, 1],
      ['mattress', 1500, 2],
    ]);
    expect(rules.maxItemsPerBooking).toBe(5);
    expect(rules.concession).toBeNull();
    expect(rules.collection).toEqual({
      days: ['tuesday', 'thursday'],
      leadDays: 3,
      bookingsPerDay: 20,
      noCollectionDates: [],
      datesOffered: 6,
      putOutBy: '07:00',
    });
    expect(rules.cancellation).toEqual({ daysBefore: 1, refunded: true });
  });

  it('give an item left without a price, most or note 0, 1 and null', () => {
    const item = { id: 'piano', name: { en: 'Piano', cy: 'Piano' }, category: 'other' } as const;
    expect(resolveRules(bulkyWaste, { catalogue: [item] }).catalogue).toEqual([
      { ...item, pricePence: 0, maxPerBooking: 1, note: null },
    ]);
  });
});

describe('the presets', () => {
  const councils = Object.keys(presets) as (keyof typeof presets)[];

  it.each(councils)('%s resolves', (council) => {
    expect(() => resolveRules(bulkyWaste, presets[council])).not.toThrow();
  });

  it('differ on every setting but service.open (all are open, so each shows a whole journey)', () => {
    const settings = describeRules(bulkyWasteRules).filter((rule) => rule.type !== 'settings');
    expect(settings.length).toBeGreaterThan(20);
    const alike = settings
      .map(({ path }) => path)
      .filter((path) => {
        const values = councils.map((council) => JSON.stringify(at(resolveRules(bulkyWaste, presets[council]), path)));
        return new Set(values).size === 1;
      });
    expect(alike).toEqual(['service.open']);
  });
});

describe('a council’s mistakes are reported word for word, by the setting’s path', () => {
  it('bands that do not cover the most items a booking may have', () => {
    expect(
      problemsOf({
        maxItemsPerBooking: 8,
        charging: {
          model: 'bands',
          bands: [
            { upTo: 3, pricePence: 2000 },
            { upTo: 6, pricePence: 3000 },
          ],
        },
      }),
    ).toEqual([
      {
        path: 'charging.bands.1.upTo',
        message:
          'must be at least maxItemsPerBooking (8): the bands must cover the most items a booking may have, got 6',
      },
    ]);
  });

  it('bands out of order, or cheaper for more items', () => {
    expect(
      problemsOf({
        maxItemsPerBooking: 6,
        charging: {
          model: 'bands',
          bands: [
            { upTo: 6, pricePence: 3000 },
            { upTo: 3, pricePence: 2000 },
          ],
        },
      }).map((problem) => problem.path),
    ).toEqual(['charging.bands.1.upTo', 'charging.bands.1.pricePence', 'charging.bands.1.upTo']);
    expect(
      problemsOf({
        maxItemsPerBooking: 6,
        charging: {
          model: 'bands',
          bands: [
            { upTo: 3, pricePence: 3000 },
            { upTo: 6, pricePence: 2000 },
          ],
        },
      }),
    ).toEqual([
      {
        path: 'charging.bands.1.pricePence',
        message: "must be at least the band before's price (3000): more items never cost less, got 2000",
      },
    ]);
  });

  it('charging by bands without any', () => {
    expect(problemsOf({ charging: { model: 'bands' } })).toEqual([
      {
        path: 'charging.bands',
        message:
          'is needed because charging.model is "bands": give at least one band, like [{ "upTo": 5, "pricePence": 3000 }], got []',
      },
    ]);
  });

  it('an item allowing more than a whole booking', () => {
    expect(problemsOf(presets.northmoor, { maxItemsPerBooking: 2 })).toEqual([
      {
        path: 'catalogue.1.maxPerBooking',
        message: 'must be at most maxItemsPerBooking (2): no booking may have more items than that, got 3',
      },
      {
        path: 'catalogue.3.maxPerBooking',
        message: 'must be at most maxItemsPerBooking (2): no booking may have more items than that, got 3',
      },
    ]);
  });

  it('two items with the same id, and an id that is not one', () => {
    const sofa = { id: 'sofa', name: { en: 'Sofa', cy: 'Soffa' }, category: 'furniture' } as const;
    expect(problemsOf({ catalogue: [sofa, sofa, { ...sofa, id: 'Big Sofa' }] })).toEqual([
      {
        path: 'catalogue.2.id',
        message: 'must be lower-case words joined by dashes, like "fridge-freezer", got "Big Sofa"',
      },
      { path: 'catalogue.1.id', message: 'is the same id as another item: each needs its own, got "sofa"' },
    ]);
  });

  it('an empty catalogue, a day that is not one, a time and a month-day written wrongly', () => {
    expect(
      problemsOf(presets.exampleshire, {
        catalogue: [],
        collection: { days: ['mon'] as never, putOutBy: '7am' },
        concession: { yearStartsOn: '02-29' },
      }).map((problem) => problem.path),
    ).toEqual(['catalogue', 'concession.yearStartsOn', 'collection.days.0', 'collection.putOutBy']);
  });

  it('a misspelt setting, with the setting it probably means, over a preset', () => {
    expect(problemsOf(presets.exampleshire, { maxItemsPerBoking: 5 } as Layer)).toEqual([
      { path: 'maxItemsPerBoking', message: 'is not a setting here. Did you mean "maxItemsPerBooking"?' },
    ]);
  });

  it('words for residents in English only', () => {
    expect(problemsOf({ service: { closedMessage: { en: 'Closed until Monday.' } } } as Layer)).toEqual([
      { path: 'service.closedMessage.cy', message: 'is missing: it must be the Welsh words' },
    ]);
  });

  it('every problem at once, in one error that names the transaction', () => {
    const error = errorOf({ maxItemsPerBooking: 0, cancellation: { daysBefore: 0 } });
    expect(error.problems.map((problem) => problem.path)).toEqual(['maxItemsPerBooking', 'cancellation.daysBefore']);
    expect(error.message).toContain('bulky-waste');
  });
});
