import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { containerTypes, paymentMethods } from './choices';
import { type QuoteAnswers, quote } from './pricing';
import { quoteSchema } from './quote-schema';
import { type GardenWasteRules, gardenWasteRules } from './rules';

const pence = fc.integer({ min: 0, max: 20_000 });

/** A day from `minYear` to `maxYear`, written `yyyy-MM-dd`. */
function isoDay(minYear: number, maxYear: number) {
  return fc
    .date({ min: new Date(Date.UTC(minYear, 0, 1)), max: new Date(Date.UTC(maxYear, 11, 31)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
}

const binPrices = fc.record({ firstBin: pence, additionalBin: pence });

const prices = {
  firstBin: pence,
  additionalBin: pence,
  renewal: fc.option(binPrices, { nil: null }),
  deliveryFee: pence,
  // Always priced: the rules refuse sacks offered with no price, and a price change may not take it away.
  sacks: fc.record({ pricePerRoll: pence, sacksPerRoll: fc.integer({ min: 1, max: 100 }) }),
};

// Any real month and day the rules accept: every day of a year without a 29 February.
const monthDay = isoDay(2001, 2001).map((date) => date.slice(5));

const percent = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));

const concessionIds = ['pension-credit', 'council-tax-support', 'student', 'blue-badge'] as const;

const words = { en: 'Words', cy: 'Geiriau' };

/** A council's rules, as a council might write them, passed through the real schema. */
const rules: fc.Arbitrary<GardenWasteRules> = fc
  .record({
    charging: fc.record({
      model: fc.constantFrom('charged', 'free'),
      ...prices,
      // Each change sets some prices and leaves the rest as they were; no two start on the same day.
      priceChanges: fc.uniqueArray(fc.record({ ...prices, from: isoDay(2025, 2031) }, { requiredKeys: ['from'] }), {
        maxLength: 3,
        selector: (change) => change.from,
      }),
    }),
    containers: fc.record({
      offered: fc.subarray([...containerTypes], { minLength: 1 }),
      maxBins: fc.integer({ min: 1, max: 10 }),
      maxRolls: fc.integer({ min: 1, max: 20 }),
    }),
    concessions: fc
      .subarray([...concessionIds])
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            percent.map((discountPercent) => ({ id, discountPercent, label: words, evidence: words })),
          ),
        ),
      ),
    payment: fc.subarray([...paymentMethods], { minLength: 1 }).chain((methods) =>
      fc.record({
        methods: fc.constant(methods),
        // The rules allow a Direct Debit discount only where the council takes Direct Debit.
        directDebitDiscount: methods.includes('direct-debit') ? pence : fc.constant(0),
      }),
    ),
    period: fc.record({
      type: fc.constantFrom('fixed', 'rolling'),
      startsOn: monthDay,
      proRata: fc.constantFrom('none', 'monthly', 'weekly'),
      renewalWindowDays: fc.integer({ min: 0, max: 366 }),
      lapsedAsNewAfterDays: fc.integer({ min: 0, max: 366 }),
    }),
    startLeadDays: fc.record({
      existingBins: fc.integer({ min: 0, max: 90 }),
      needsDelivery: fc.integer({ min: 0, max: 90 }),
    }),
  })
  .map((config) => gardenWasteRules.parse(config));

const today = isoDay(2026, 2030);

/** A resident's answers as a journey would give them: bins for a bin, rolls for sacks. */
const answers: fc.Arbitrary<QuoteAnswers> = fc
  .record({
    kind: fc.constantFrom('new', 'renewal'),
    container: fc.constantFrom(...containerTypes),
    count: fc.integer({ min: 0, max: 20 }),
    needsDelivery: fc.boolean(),
    concession: fc.constantFrom(undefined, 'none', 'not-offered', ...concessionIds),
    paymentMethod: fc.constantFrom(undefined, ...paymentMethods),
  })
  .map(({ container, count, ...rest }) => ({
    ...rest,
    container,
    bins: container === 'sacks' ? 0 : count,
    rolls: container === 'sacks' ? count : 0,
  }));

describe('quote, for any council and any resident', () => {
  test.prop([rules, answers, today], { numRuns: 500 })('never asks for a negative total', (council, chosen, day) => {
    expect(quote(council, chosen, day).totalPence).toBeGreaterThanOrEqual(0);
  });

  test.prop([rules, answers, today])('charges nothing at a free council', (council, chosen, day) => {
    const result = quote({ ...council, charging: { ...council.charging, model: 'free' } }, chosen, day);
    expect(result.totalPence).toBe(0);
    expect(result.lines).toEqual([]);
  });

  test.prop([rules, answers, today, fc.integer({ min: 0, max: 9 })], { numRuns: 500 })(
    'never charges less for one more bin, new or renewing',
    (council, chosen, day, bins) => {
      const binAnswers = { ...chosen, container: '240-litre-bin', rolls: 0 } as const;
      const fewer = quote(council, { ...binAnswers, bins }, day);
      const more = quote(council, { ...binAnswers, bins: bins + 1 }, day);
      expect(more.totalPence).toBeGreaterThanOrEqual(fewer.totalPence);
    },
  );

  test.prop([rules, answers, today], { numRuns: 500 })(
    'lists whole pence, no zero lines, each quantity × unit, adding up to the total',
    (council, chosen, day) => {
      const result = quote(council, chosen, day);
      for (const line of result.lines) {
        expect(Number.isInteger(line.amountPence)).toBe(true);
        expect(line.amountPence).not.toBe(0);
        expect(line.amountPence).toBe(line.quantity * line.unitPence);
      }
      expect(result.lines.reduce((total, line) => total + line.amountPence, 0)).toBe(result.totalPence);
    },
  );

  test.prop([rules, answers, today], { numRuns: 500 })(
    'always gives a quote that passes quoteSchema',
    (council, chosen, day) => {
      const result = quote(council, chosen, day);
      expect(quoteSchema.safeParse(result).error).toBeUndefined();
    },
  );

  test.prop([rules, answers, today], { numRuns: 500 })(
    'runs from the start date for at most a year',
    (council, chosen, day) => {
      const { startDate, endDate } = quote(council, chosen, day);
      const days = (Date.parse(endDate) - Date.parse(startDate)) / 86_400_000 + 1;
      expect(startDate >= day).toBe(true);
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(366);
    },
  );

  test.prop([rules, answers, today])(
    'never charges a new subscriber joining part way through a year more than a full year',
    (council, chosen, day) => {
      const noProRata = { ...council, period: { ...council.period, proRata: 'none' as const } };
      expect(quote(council, chosen, day).totalPence).toBeLessThanOrEqual(quote(noProRata, chosen, day).totalPence);
    },
  );
});
