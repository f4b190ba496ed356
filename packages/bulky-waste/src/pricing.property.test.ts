import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { itemCategories } from './choices';
import { bandFor, type QuoteAnswers, quote } from './pricing';
import { quoteSchema } from './quote-schema';
import { type BulkyWasteRules, bulkyWasteRules } from './rules';

const pence = fc.integer({ min: 0, max: 20_000 });
const words = { en: 'Words', cy: 'Geiriau' };
const ids = ['sofa', 'fridge', 'mattress', 'table', 'bike', 'piano'] as const;

/** Bands as a council writes them: more items each, never cheaper, the last covering `most`. */
function bandsFor(most: number) {
  return fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }).chain((limits) => {
    const upTos = [...limits.sort((a, b) => a - b).filter((limit) => limit < most), most];
    return fc
      .array(fc.integer({ min: 0, max: 5000 }), { minLength: upTos.length, maxLength: upTos.length })
      .map((steps) => {
        let price = 0;
        return upTos.map((upTo, index) => {
          price += steps[index] ?? 0;
          return { upTo, pricePence: price };
        });
      });
  });
}

/** A council's rules, as a council might write them, passed through the real schema. */
const rules: fc.Arbitrary<BulkyWasteRules> = fc.integer({ min: 1, max: 50 }).chain((most) =>
  fc
    .record({
      catalogue: fc.subarray([...ids], { minLength: 1 }).chain((chosen) =>
        fc.tuple(
          ...chosen.map((id) =>
            fc.record({
              id: fc.constant(id),
              name: fc.constant(words),
              category: fc.constantFrom(...itemCategories),
              pricePence: pence,
              maxPerBooking: fc.integer({ min: 1, max: Math.min(most, 20) }),
            }),
          ),
        ),
      ),
      maxItemsPerBooking: fc.constant(most),
      charging: fc.oneof(
        fc.constant({ model: 'per-item' as const }),
        fc.constant({ model: 'free' as const }),
        bandsFor(most).map((bands) => ({ model: 'bands' as const, bands })),
      ),
      concession: fc.option(
        fc.record({
          name: fc.constant(words),
          evidence: fc.constant(words),
          discountPercent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
          freeCollectionsPerYear: fc.integer({ min: 0, max: 12 }),
        }),
        { nil: null },
      ),
    })
    .map((config) => bulkyWasteRules.parse(config)),
);

/** A resident's answers: any items, in or out of the catalogue, any quantities. */
const answers: fc.Arbitrary<QuoteAnswers> = fc.record({
  items: fc.uniqueArray(
    fc.record({ id: fc.constantFrom(...ids, 'not-listed'), quantity: fc.integer({ min: 0, max: 20 }) }),
    { selector: (item) => item.id, maxLength: 7 },
  ),
  concession: fc.boolean(),
  freeCollection: fc.boolean(),
});

const withModel = (council: BulkyWasteRules, model: 'per-item' | 'free'): BulkyWasteRules => ({
  ...council,
  charging: { ...council.charging, model },
});

describe('quote, for any council and any resident', () => {
  test.prop([rules, answers], { numRuns: 1000 })('never asks for a negative total', (council, chosen) => {
    expect(quote(council, chosen).totalPence).toBeGreaterThanOrEqual(0);
  });

  test.prop([rules, answers], { numRuns: 500 })(
    'lists whole pence, no zero lines, each quantity × unit, adding up to the total, in quoteSchema’s shape',
    (council, chosen) => {
      const result = quote(council, chosen);
      for (const line of result.lines) {
        expect(Number.isInteger(line.amountPence)).toBe(true);
        expect(line.amountPence).not.toBe(0);
        expect(line.amountPence).toBe(line.quantity * line.unitPence);
      }
      expect(result.lines.reduce((total, line) => total + line.amountPence, 0)).toBe(result.totalPence);
      expect(quoteSchema.safeParse(result).error).toBeUndefined();
    },
  );

  test.prop([rules, answers], { numRuns: 500 })(
    'per item, without a concession, charges exactly the sum of each listed item’s price times how many',
    (council, chosen) => {
      const perItem = withModel(council, 'per-item');
      const expected = chosen.items.reduce((total, { id, quantity }) => {
        const item = perItem.catalogue.find((each) => each.id === id);
        return total + (item ? item.pricePence * quantity : 0);
      }, 0);
      expect(quote(perItem, { ...chosen, concession: false }).totalPence).toBe(expected);
    },
  );

  test.prop([rules, answers])('charges nothing at a free council', (council, chosen) => {
    const result = quote(withModel(council, 'free'), chosen);
    expect(result.totalPence).toBe(0);
    expect(result.lines).toEqual([]);
  });

  test.prop([rules, answers], { numRuns: 500 })(
    'never charges less for a concession holder not to claim it: a concession never increases the price',
    (council, chosen) => {
      const claimed = quote(council, { ...chosen, concession: true }).totalPence;
      expect(claimed).toBeLessThanOrEqual(quote(council, { ...chosen, concession: false }).totalPence);
    },
  );

  test.prop([rules, fc.integer({ min: 1, max: 49 })], { numRuns: 500 })(
    'bands: one more item never costs less, and every count up to the most has a band that covers it',
    (council, count) => {
      if (council.charging.model !== 'bands') return;
      const most = council.maxItemsPerBooking;
      const fewer = Math.min(count, most);
      const more = Math.min(count + 1, most);
      expect(bandFor(council.charging.bands, fewer)?.upTo).toBeGreaterThanOrEqual(fewer);
      const id = council.catalogue[0]?.id ?? 'sofa';
      const priceOf = (items: number) =>
        quote(council, { items: [{ id, quantity: items }], concession: false, freeCollection: false }).totalPence;
      expect(priceOf(more)).toBeGreaterThanOrEqual(priceOf(fewer));
    },
  );
});
