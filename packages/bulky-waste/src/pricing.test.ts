import { describe, expect, it } from 'vitest';
import { presets } from './presets';
import { type Quote, type QuoteAnswers, quote } from './pricing';
import { quoteSchema } from './quote-schema';
import { type BulkyWasteRulesInput, bulkyWasteRules } from './rules';

const rulesOf = (...layers: BulkyWasteRulesInput[]) => bulkyWasteRules.parse(Object.assign({}, ...layers));

function answers(items: [string, number][], extra: Partial<QuoteAnswers> = {}): QuoteAnswers {
  return {
    items: items.map(([id, quantity]) => ({ id, quantity })),
    concession: false,
    freeCollection: false,
    ...extra,
  };
}

/** A quote's lines as [kind, item or upTo, quantity, unit, amount]. */
const linesOf = (result: Quote) =>
  result.lines.map((line) => [line.kind, line.item ?? line.upTo, line.quantity, line.unitPence, line.amountPence]);

describe('per-item charging (Exampleshire)', () => {
  const rules = rulesOf(presets.exampleshire);

  it('charges each item’s price times how many', () => {
    const result = quote(
      rules,
      answers([
        ['sofa', 2],
        ['fridge-freezer', 1],
      ]),
    );
    expect(linesOf(result)).toEqual([
      ['item', 'sofa', 2, 2200, 4400],
      ['item', 'fridge-freezer', 1, 3000, 3000],
    ]);
    expect(result).toMatchObject({ model: 'per-item', itemCount: 3, totalPence: 7400 });
    expect(quoteSchema.parse(result)).toEqual(result);
  });

  it('takes half off for Council Tax Reduction, half a penny in the resident’s favour', () => {
    const result = quote(
      rules,
      answers(
        [
          ['armchair', 1],
          ['television', 1],
        ],
        { concession: true },
      ),
    );
    expect(linesOf(result).at(-1)).toEqual(['concession', null, 1, -1100, -1100]);
    expect(result.totalPence).toBe(1100);
    const odd = quote(
      rulesOf(presets.exampleshire, { concession: { ...presets.exampleshire.concession, discountPercent: 25 } }),
      answers(
        [
          ['armchair', 1],
          ['television', 1],
        ],
        { concession: true },
      ),
    );
    // 25% of £22.00 is £5.50; of £0.02 would be half a penny.
    expect(odd.totalPence).toBe(1650);
  });

  it('ignores a free collection where the council gives none, and items it no longer lists', () => {
    const result = quote(
      rules,
      answers(
        [
          ['sofa', 1],
          ['piano', 1],
        ],
        { concession: false, freeCollection: true },
      ),
    );
    expect(linesOf(result)).toEqual([['item', 'sofa', 1, 2200, 2200]]);
    expect(result.itemCount).toBe(1);
  });
});

describe('bands (Enghraifft)', () => {
  const rules = rulesOf(presets.enghraifft);

  it.each([
    [1, 3, 2500],
    [3, 3, 2500],
    [4, 6, 4000],
    [6, 6, 4000],
  ])('%i item(s) are the band up to %i, at %i pence', (count, upTo, price) => {
    const result = quote(rules, answers([['furniture', count]]));
    expect(linesOf(result)).toEqual([['band', upTo, 1, price, price]]);
    expect(result.totalPence).toBe(price);
  });

  it('counts every kind of item together', () => {
    expect(
      quote(
        rules,
        answers([
          ['furniture', 2],
          ['bags', 2],
        ]),
      ).totalPence,
    ).toBe(4000);
  });

  it('gives a concession holder’s free collection free, and a quarter off once they are used', () => {
    const free = quote(rules, answers([['furniture', 4]], { concession: true, freeCollection: true }));
    expect(linesOf(free)).toEqual([
      ['band', 6, 1, 4000, 4000],
      ['freeCollection', null, 1, -4000, -4000],
    ]);
    expect(free.totalPence).toBe(0);
    const used = quote(rules, answers([['furniture', 4]], { concession: true, freeCollection: false }));
    expect(linesOf(used).at(-1)).toEqual(['concession', null, 1, -1000, -1000]);
    expect(used.totalPence).toBe(3000);
  });

  it('never gives a free collection to someone not claiming the concession', () => {
    expect(quote(rules, answers([['furniture', 1]], { freeCollection: true })).totalPence).toBe(2500);
  });
});

describe('a free service (Northmoor)', () => {
  it('charges nothing and lists nothing', () => {
    const result = quote(
      rulesOf(presets.northmoor),
      answers(
        [
          ['sofa', 2],
          ['mattress', 1],
        ],
        { concession: true },
      ),
    );
    expect(result).toEqual({ model: 'free', itemCount: 3, lines: [], totalPence: 0 });
  });
});

describe('nothing chosen', () => {
  it('costs nothing, whatever the model', () => {
    expect(quote(rulesOf(presets.enghraifft), answers([])).totalPence).toBe(0);
  });
});

it('refuses a quantity that is not a whole number, 0 or more', () => {
  expect(() => quote(rulesOf(), answers([['sofa', 1.5]]))).toThrow(RangeError);
  expect(() => quote(rulesOf(), answers([['sofa', -1]]))).toThrow('quantity must be a whole number, 0 or more, not -1');
});
