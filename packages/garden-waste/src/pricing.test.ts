import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pricesInForce, type Quote, type QuoteAnswers, quote, quoteItems, renewalTiming } from './pricing';
import { quoteSchema } from './quote-schema';
import { type GardenWasteRulesInput, gardenWasteRules } from './rules';

function rulesOf(input: GardenWasteRulesInput = {}) {
  return gardenWasteRules.parse(input);
}

function concession(id: string, discountPercent: number) {
  return {
    id,
    discountPercent,
    label: { en: `Concession ${id}`, cy: `Consesiwn ${id}` },
    evidence: { en: 'A letter', cy: 'Llythyr' },
  };
}

const oneBin: QuoteAnswers = { kind: 'new', container: '240-litre-bin', bins: 1, rolls: 0, needsDelivery: false };

function answers(overrides: Partial<QuoteAnswers> = {}): QuoteAnswers {
  return { ...oneBin, ...overrides };
}

/** The lines of a quote as [item, amount] pairs: what a resident reads down the price. */
function amounts(result: Quote): [string, number][] {
  return result.lines.map((line) => [line.item, line.amountPence]);
}

describe('a free council', () => {
  it('charges nothing and lists nothing, whatever the resident chooses, but still says when collections run', () => {
    const rules = rulesOf({
      charging: { model: 'free', deliveryFee: 1000 },
      concessions: [concession('pension-credit', 50)],
      payment: { methods: ['card', 'direct-debit'], directDebitDiscount: 500 },
    });
    const result = quote(
      rules,
      answers({ bins: 3, needsDelivery: true, concession: 'pension-credit', paymentMethod: 'direct-debit' }),
      '2026-06-01',
    );
    expect(result).toEqual({
      kind: 'new',
      pricesFrom: null,
      startDate: '2026-06-15',
      endDate: '2027-03-31',
      lines: [],
      totalPence: 0,
    });
  });
});

describe('bins', () => {
  const rules = rulesOf({ charging: { firstBin: 5500, additionalBin: 3500 } });

  it.each([
    { bins: 1, lines: [['firstBin', 1, 5500, 5500]], total: 5500 },
    {
      bins: 2,
      lines: [
        ['firstBin', 1, 5500, 5500],
        ['additionalBins', 1, 3500, 3500],
      ],
      total: 9000,
    },
    {
      bins: 3,
      lines: [
        ['firstBin', 1, 5500, 5500],
        ['additionalBins', 2, 3500, 7000],
      ],
      total: 12500,
    },
  ])('$bins bin(s) at £55 for the first and £35 for each further bin cost $total pence', ({ bins, lines, total }) => {
    const result = quote(rules, answers({ bins }), '2026-04-01');
    expect(result.lines.map((line) => [line.item, line.quantity, line.unitPence, line.amountPence])).toEqual(lines);
    expect(result.totalPence).toBe(total);
  });

  it('leaves out a bin that costs nothing, such as a free first bin', () => {
    const result = quote(
      rulesOf({ charging: { firstBin: 0, additionalBin: 3000 } }),
      answers({ bins: 2 }),
      '2026-04-01',
    );
    expect(amounts(result)).toEqual([['additionalBins', 3000]]);
  });

  it('charges the same for a 140-litre bin as a 240-litre bin', () => {
    const small = quote(rules, answers({ container: '140-litre-bin', bins: 2 }), '2026-04-01');
    expect(small.totalPence).toBe(9000);
  });

  it('does not charge for bins when the resident chose sacks', () => {
    const result = quote(rules, answers({ container: 'sacks', bins: 2, rolls: 0 }), '2026-04-01');
    expect(result.lines).toEqual([]);
    expect(result.totalPence).toBe(0);
  });
});

describe('renewals', () => {
  it('charges renewal prices to a renewing household and new prices to a new one', () => {
    const rules = rulesOf({
      charging: { firstBin: 5500, additionalBin: 5500, renewal: { firstBin: 4500, additionalBin: 3000 } },
    });
    expect(quote(rules, answers({ kind: 'renewal', bins: 2 }), '2026-04-01').totalPence).toBe(7500);
    expect(quote(rules, answers({ kind: 'new', bins: 2 }), '2026-04-01').totalPence).toBe(11000);
  });

  it('charges a renewing household the normal prices when the council has no renewal prices', () => {
    const rules = rulesOf({ charging: { firstBin: 5500, additionalBin: 3500 } });
    expect(quote(rules, answers({ kind: 'renewal', bins: 2 }), '2026-04-01').totalPence).toBe(9000);
  });
});

describe('scheduled price changes', () => {
  // Collections start the day the resident applies, so the start date is the date below.
  const rules = rulesOf({
    startLeadDays: { existingBins: 0 },
    charging: {
      firstBin: 5500,
      additionalBin: 3500,
      priceChanges: [
        { from: '2028-04-01', firstBin: 6500, additionalBin: 4500 },
        { from: '2027-04-01', firstBin: 6000, additionalBin: 4000 },
      ],
    },
  });

  it.each([
    { today: '2027-03-31', pricesFrom: null, total: 5500 },
    { today: '2027-04-01', pricesFrom: '2027-04-01', total: 6000 },
    { today: '2028-03-31', pricesFrom: '2027-04-01', total: 6000 },
    { today: '2028-04-01', pricesFrom: '2028-04-01', total: 6500 },
    { today: '2030-01-01', pricesFrom: '2028-04-01', total: 6500 },
  ])(
    'starting on $today the first bin costs $total pence (prices from $pricesFrom)',
    ({ today, pricesFrom, total }) => {
      const result = quote(rules, answers(), today);
      expect(result.pricesFrom).toBe(pricesFrom);
      expect(result.totalPence).toBe(total);
    },
  );

  it('charges the prices for the day collections start, so an announced rise applies to early applicants too', () => {
    const withLead = rulesOf({ ...rules, startLeadDays: { existingBins: 5 } });
    expect(quote(withLead, answers(), '2027-03-29')).toMatchObject({ startDate: '2027-04-03', totalPence: 6000 });
  });

  it('gives the base prices, with no date, before any change starts', () => {
    expect(pricesInForce(rules, '2026-01-01')).toEqual({
      firstBin: 5500,
      additionalBin: 3500,
      renewal: null,
      deliveryFee: 0,
      sacks: null,
      from: null,
    });
  });

  it('takes the whole price list from a change, including its renewal, delivery and sacks prices', () => {
    const withExtras = rulesOf({
      charging: {
        priceChanges: [
          {
            from: '2027-04-01',
            firstBin: 6000,
            additionalBin: 4000,
            renewal: { firstBin: 5000, additionalBin: 3000 },
            deliveryFee: 1500,
            sacks: { pricePerRoll: 1300, sacksPerRoll: 10 },
          },
        ],
      },
    });
    expect(pricesInForce(withExtras, '2027-04-01')).toEqual({
      firstBin: 6000,
      additionalBin: 4000,
      renewal: { firstBin: 5000, additionalBin: 3000 },
      deliveryFee: 1500,
      sacks: { pricePerRoll: 1300, sacksPerRoll: 10 },
      from: '2027-04-01',
    });
  });
});

describe('sacks', () => {
  const rules = rulesOf({
    containers: { offered: ['240-litre-bin', 'sacks'] },
    charging: { sacks: { pricePerRoll: 1200, sacksPerRoll: 10 } },
  });

  it('charges 3 rolls at £12 as £36', () => {
    const result = quote(rules, answers({ container: 'sacks', bins: 0, rolls: 3 }), '2026-04-01');
    expect(result.lines).toEqual([{ item: 'sacks', quantity: 3, unitPence: 1200, amountPence: 3600 }]);
    expect(result.totalPence).toBe(3600);
  });

  it('charges nothing for sacks when the council has no price for them', () => {
    const result = quote(rulesOf(), answers({ container: 'sacks', bins: 0, rolls: 3 }), '2026-04-01');
    expect(result.lines).toEqual([]);
    expect(result.totalPence).toBe(0);
  });

  it('does not charge for rolls when the resident chose a bin', () => {
    expect(quote(rules, answers({ bins: 1, rolls: 3 }), '2026-04-01').totalPence).toBe(5500);
  });
});

describe('delivery', () => {
  const rules = rulesOf({
    charging: {
      firstBin: 5500,
      additionalBin: 3500,
      deliveryFee: 1000,
      sacks: { pricePerRoll: 1800, sacksPerRoll: 10 },
    },
    containers: { offered: ['240-litre-bin', 'sacks'] },
    concessions: [concession('full-discount', 100)],
  });

  it('charges £10 for each new bin delivered, after the bins', () => {
    const result = quote(rules, answers({ bins: 2, needsDelivery: true }), '2026-04-01');
    expect(result.lines.at(-1)).toEqual({ item: 'delivery', quantity: 2, unitPence: 1000, amountPence: 2000 });
    expect(result.totalPence).toBe(11000);
  });

  it.each([
    { case: 'a renewal', overrides: { kind: 'renewal', needsDelivery: true } },
    { case: 'a household that has bins', overrides: { needsDelivery: false } },
    { case: 'sacks', overrides: { container: 'sacks', bins: 0, rolls: 1, needsDelivery: true } },
  ] as const)('charges no delivery for $case', ({ overrides }) => {
    const result = quote(rules, answers({ bins: 2, ...overrides }), '2026-04-01');
    expect(result.lines.map((line) => line.item)).not.toContain('delivery');
  });

  it('does not discount delivery: a 100% concession still pays for delivery', () => {
    const result = quote(rules, answers({ bins: 2, needsDelivery: true, concession: 'full-discount' }), '2026-04-01');
    expect(amounts(result)).toEqual([
      ['firstBin', 5500],
      ['additionalBins', 3500],
      ['concession', -9000],
      ['delivery', 2000],
    ]);
    expect(result.totalPence).toBe(2000);
  });
});

describe('concessions', () => {
  const rules = rulesOf({
    charging: { firstBin: 5500, additionalBin: 3500 },
    concessions: [concession('pension-credit', 50), concession('student', 12.5)],
  });

  it('takes 50% off two bins (£90) for Pension Credit', () => {
    const result = quote(rules, answers({ bins: 2, concession: 'pension-credit' }), '2026-04-01');
    expect(result.lines.at(-1)).toEqual({ item: 'concession', quantity: 1, unitPence: -4500, amountPence: -4500 });
    expect(result.totalPence).toBe(4500);
  });

  it('rounds a discount of half a penny up, in the resident’s favour: 12.5% of £55 is 688p off', () => {
    const result = quote(rules, answers({ concession: 'student' }), '2026-04-01');
    expect(amounts(result)).toEqual([
      ['firstBin', 5500],
      ['concession', -688],
    ]);
    expect(result.totalPence).toBe(4812);
  });

  it.each([{ concession: undefined }, { concession: 'none' }, { concession: 'not-a-concession' }])(
    'gives no discount for concession $concession',
    ({ concession: id }) => {
      expect(quote(rules, answers({ concession: id }), '2026-04-01').totalPence).toBe(5500);
    },
  );
});

describe('Direct Debit', () => {
  const rules = rulesOf({
    charging: {
      firstBin: 5500,
      additionalBin: 3500,
      deliveryFee: 1000,
      sacks: { pricePerRoll: 1200, sacksPerRoll: 10 },
    },
    containers: { offered: ['240-litre-bin', 'sacks'] },
    concessions: [concession('full-discount', 100)],
    payment: { methods: ['card', 'direct-debit'], directDebitDiscount: 500 },
  });
  const byDirectDebit = { paymentMethod: 'direct-debit' } as const;

  it('takes £5 off once, for the first bin, however many bins', () => {
    expect(amounts(quote(rules, answers({ ...byDirectDebit, bins: 2 }), '2026-04-01'))).toEqual([
      ['firstBin', 5500],
      ['additionalBins', 3500],
      ['directDebit', -500],
    ]);
  });

  it.each([
    { case: 'paying by card', overrides: { paymentMethod: 'card' } },
    { case: 'not yet chosen how to pay', overrides: { paymentMethod: undefined } },
    { case: 'sacks only', overrides: { ...byDirectDebit, container: 'sacks', bins: 0, rolls: 2 } },
  ] as const)('gives no Direct Debit discount for $case', ({ overrides }) => {
    const result = quote(rules, answers(overrides), '2026-04-01');
    expect(result.lines.map((line) => line.item)).not.toContain('directDebit');
  });

  it('never takes off more than is left to pay, and still charges delivery', () => {
    const generous = rulesOf({
      charging: { deliveryFee: 1000 },
      payment: { methods: ['direct-debit'], directDebitDiscount: 8000 },
    });
    const result = quote(generous, answers({ ...byDirectDebit, needsDelivery: true }), '2026-04-01');
    expect(amounts(result)).toEqual([
      ['firstBin', 5500],
      ['directDebit', -5500],
      ['delivery', 1000],
    ]);
    expect(result.totalPence).toBe(1000);
  });

  it('takes nothing off when a concession has already made the bins free', () => {
    const result = quote(rules, answers({ ...byDirectDebit, concession: 'full-discount' }), '2026-04-01');
    expect(amounts(result)).toEqual([
      ['firstBin', 5500],
      ['concession', -5500],
    ]);
    expect(result.totalPence).toBe(0);
  });

  it('gives no discount when the council offers none', () => {
    const noDiscount = rulesOf({ payment: { methods: ['direct-debit'] } });
    expect(quote(noDiscount, answers(byDirectDebit), '2026-04-01').lines).toHaveLength(1);
  });
});

describe('pro-rata for a year running from 1 April', () => {
  const monthly = rulesOf({ period: { type: 'fixed', startsOn: '04-01', proRata: 'monthly' } });
  const weekly = rulesOf({ period: { type: 'fixed', startsOn: '04-01', proRata: 'weekly' } });

  // Collections start 5 days after `today` for a household with bins, so these dates are the start dates.
  it.each([
    { today: '2026-03-27', starts: '2026-04-01', months: 12, total: 5500 },
    { today: '2026-08-27', starts: '2026-09-01', months: 7, total: 3208 }, // 5500 − round(5500 × 5/12 = 2291.67)
    { today: '2026-10-10', starts: '2026-10-15', months: 6, total: 2750 },
    { today: '2027-01-26', starts: '2027-01-31', months: 3, total: 1375 },
    { today: '2027-03-26', starts: '2027-03-31', months: 1, total: 458 }, // 5500 − round(5500 × 11/12 = 5041.67)
  ])('monthly: starting $starts pays for $months months, $total pence', ({ today, starts, total }) => {
    const result = quote(monthly, oneBin, today);
    expect(result.startDate).toBe(starts);
    expect(result.totalPence).toBe(total);
    expect(result.lines.filter((line) => line.item === 'proRata')).toHaveLength(total === 5500 ? 0 : 1);
  });

  it.each([
    { today: '2026-03-28', starts: '2026-04-02', weeks: 52, total: 5500 }, // 364 days: 52 weeks, a full year
    { today: '2026-10-04', starts: '2026-10-09', weeks: 25, total: 2644 }, // 174 days; 5500 − round(2855.77)
    { today: '2026-10-10', starts: '2026-10-15', weeks: 24, total: 2538 }, // 168 days; 5500 − round(2961.54)
    { today: '2027-03-26', starts: '2027-03-31', weeks: 1, total: 106 }, // 1 day; 5500 − round(5394.23)
  ])('weekly: starting $starts pays for $weeks of 52 weeks, $total pence', ({ today, starts, total }) => {
    const result = quote(weekly, oneBin, today);
    expect(result.startDate).toBe(starts);
    expect(result.totalPence).toBe(total);
  });

  it('pro-rates bins and sacks together: £55 + £35 from 20 January is 3 months, £22.50', () => {
    const rules = rulesOf({
      charging: { firstBin: 5500, additionalBin: 3500 },
      period: { type: 'fixed', startsOn: '04-01', proRata: 'monthly' },
    });
    const result = quote(rules, answers({ bins: 2 }), '2027-01-15');
    expect(amounts(result)).toEqual([
      ['firstBin', 5500],
      ['additionalBins', 3500],
      ['proRata', -6750],
    ]);
    expect(result.totalPence).toBe(2250);
  });

  it('pro-rates sacks', () => {
    const rules = rulesOf({
      charging: { sacks: { pricePerRoll: 1200, sacksPerRoll: 10 } },
      containers: { offered: ['sacks'] },
      period: { proRata: 'monthly' },
    });
    const result = quote(rules, answers({ container: 'sacks', bins: 0, rolls: 2 }), '2026-10-10');
    expect(amounts(result)).toEqual([
      ['sacks', 2400],
      ['proRata', -1200],
    ]);
  });

  it('counts months from the council’s start day: a year from 6 April starting 3 October pays for 7 months', () => {
    const taxYear = rulesOf({ period: { type: 'fixed', startsOn: '04-06', proRata: 'monthly' } });
    const result = quote(taxYear, oneBin, '2026-09-28');
    expect(result.startDate).toBe('2026-10-03');
    expect(result.endDate).toBe('2027-04-05');
    expect(result.totalPence).toBe(3208);
  });

  it('applies a concession to the pro-rated price, not the full one', () => {
    const rules = rulesOf({ concessions: [concession('pension-credit', 50)], period: { proRata: 'monthly' } });
    const result = quote(rules, answers({ concession: 'pension-credit' }), '2026-10-10');
    expect(amounts(result)).toEqual([
      ['firstBin', 5500],
      ['proRata', -2750],
      ['concession', -1375],
    ]);
  });

  it.each([
    { case: 'a renewal', rules: monthly, overrides: { kind: 'renewal' } },
    { case: 'a rolling year', rules: rulesOf({ period: { type: 'rolling', proRata: 'monthly' } }), overrides: {} },
    { case: 'a council that does not pro-rate', rules: rulesOf({ period: { proRata: 'none' } }), overrides: {} },
  ] as const)('charges a full year for $case', ({ rules, overrides }) => {
    expect(quote(rules, answers(overrides), '2026-10-10').totalPence).toBe(5500);
  });
});

describe('end dates', () => {
  // No lead time, so the subscription starts on the day of the quote.
  function endDate(period: GardenWasteRulesInput['period'], startDate: string): string {
    return quote(rulesOf({ period, startLeadDays: { existingBins: 0 } }), oneBin, startDate).endDate;
  }

  it.each([
    { startDate: '2026-06-10', end: '2027-06-09' },
    { startDate: '2026-01-01', end: '2026-12-31' },
    { startDate: '2027-03-01', end: '2028-02-29' }, // runs through a leap day
    { startDate: '2028-02-29', end: '2029-02-28' }, // starts on a leap day
    { startDate: '2027-12-31', end: '2028-12-30' },
  ])('rolling: starting $startDate ends $end', ({ startDate, end }) => {
    expect(endDate({ type: 'rolling' }, startDate)).toBe(end);
  });

  it.each([
    { startsOn: '04-01', startDate: '2026-10-15', end: '2027-03-31' },
    { startsOn: '04-01', startDate: '2027-04-01', end: '2028-03-31' }, // on the start day: a full year
    { startsOn: '04-01', startDate: '2027-03-31', end: '2027-03-31' }, // the last day of a year
    { startsOn: '01-01', startDate: '2026-12-31', end: '2026-12-31' },
    { startsOn: '01-01', startDate: '2027-01-01', end: '2027-12-31' },
    { startsOn: '03-01', startDate: '2027-06-01', end: '2028-02-29' }, // a leap year ends on 29 February
    { startsOn: '03-01', startDate: '2028-06-01', end: '2029-02-28' },
  ])('fixed from $startsOn: starting $startDate ends $end', ({ startsOn, startDate, end }) => {
    expect(endDate({ type: 'fixed', startsOn }, startDate)).toBe(end);
  });
});

describe('start dates', () => {
  const rules = rulesOf({
    charging: { sacks: { pricePerRoll: 1200, sacksPerRoll: 10 } },
    containers: { offered: ['240-litre-bin', 'sacks'] },
    startLeadDays: { existingBins: 5, needsDelivery: 14 },
  });

  it.each([
    { case: 'a new subscription with bins delivered', overrides: { needsDelivery: true }, start: '2026-06-15' },
    { case: 'a new subscription with the household’s own bins', overrides: {}, start: '2026-06-06' },
    {
      case: 'a renewal, even if delivery was ticked',
      overrides: { kind: 'renewal', needsDelivery: true },
      start: '2026-06-06',
    },
    {
      case: 'sacks, even if delivery was ticked',
      overrides: { container: 'sacks', bins: 0, rolls: 1, needsDelivery: true },
      start: '2026-06-06',
    },
  ] as const)('collections start on $start for $case', ({ overrides, start }) => {
    expect(quote(rules, answers(overrides), '2026-06-01').startDate).toBe(start);
  });

  it('counts lead days across the end of a year', () => {
    expect(quote(rules, oneBin, '2026-12-28').startDate).toBe('2027-01-02');
  });

  it('starts on the day itself when the council has no lead time', () => {
    const sameDay = rulesOf({ startLeadDays: { existingBins: 0, needsDelivery: 21 } });
    expect(quote(sameDay, oneBin, '2026-06-01').startDate).toBe('2026-06-01');
    expect(quote(sameDay, answers({ needsDelivery: true }), '2026-06-01').startDate).toBe('2026-06-22');
  });
});

describe('a quote with everything', () => {
  it('lists bins, pro-rata, concession, Direct Debit and delivery in that order, adding up to the total', () => {
    const rules = rulesOf({
      charging: { firstBin: 5500, additionalBin: 3500, deliveryFee: 1000 },
      concessions: [concession('pension-credit', 50)],
      payment: { methods: ['card', 'direct-debit'], directDebitDiscount: 500 },
      period: { type: 'fixed', startsOn: '04-01', proRata: 'monthly' },
    });
    const result = quote(
      rules,
      answers({ bins: 2, needsDelivery: true, concession: 'pension-credit', paymentMethod: 'direct-debit' }),
      '2026-10-01',
    );
    // Starts 15 October (14 days for delivery): 6 of 12 months.
    expect(result).toEqual({
      kind: 'new',
      pricesFrom: null,
      startDate: '2026-10-15',
      endDate: '2027-03-31',
      lines: [
        { item: 'firstBin', quantity: 1, unitPence: 5500, amountPence: 5500 },
        { item: 'additionalBins', quantity: 1, unitPence: 3500, amountPence: 3500 },
        { item: 'proRata', quantity: 1, unitPence: -4500, amountPence: -4500 },
        { item: 'concession', quantity: 1, unitPence: -2250, amountPence: -2250 },
        { item: 'directDebit', quantity: 1, unitPence: -500, amountPence: -500 },
        { item: 'delivery', quantity: 2, unitPence: 1000, amountPence: 2000 },
      ],
      totalPence: 3750,
    });
    expect(result.lines.map((line) => line.item)).toEqual(quoteItems.filter((item) => item !== 'sacks'));
  });
});

describe('mistakes in the calling code', () => {
  it.each([
    { case: 'a date that does not exist', today: '2026-02-30', overrides: {} },
    { case: 'a date written another way', today: '01/06/2026', overrides: {} },
    { case: 'a negative number of bins', today: '2026-06-01', overrides: { bins: -1 } },
    { case: 'part of a bin', today: '2026-06-01', overrides: { bins: 1.5 } },
    { case: 'rolls that are not a number', today: '2026-06-01', overrides: { rolls: Number.NaN } },
  ])('refuses to price $case', ({ today, overrides }) => {
    expect(() => quote(rulesOf(), answers(overrides), today)).toThrow(RangeError);
  });

  it('refuses to look up prices for a date that does not exist', () => {
    expect(() => pricesInForce(rulesOf(), '2026-13-01')).toThrow(RangeError);
  });
});

describe('quoteSchema', () => {
  const valid = quote(
    rulesOf({ payment: { methods: ['direct-debit'], directDebitDiscount: 500 } }),
    answers({ paymentMethod: 'direct-debit' }),
    '2026-04-01',
  );

  it('accepts a quote', () => {
    expect(quoteSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    { case: 'an extra key', change: { note: 'hello' } },
    { case: 'a negative total', change: { totalPence: -1 } },
    { case: 'part of a penny', change: { totalPence: 10.5 } },
    { case: 'a date that does not exist', change: { endDate: '2027-02-29' } },
    { case: 'an unknown line', change: { lines: [{ item: 'gift', quantity: 1, unitPence: 1, amountPence: 1 }] } },
    {
      case: 'a line of no quantity',
      change: { lines: [{ item: 'firstBin', quantity: 0, unitPence: 1, amountPence: 0 }] },
    },
  ])('rejects $case', ({ change }) => {
    expect(quoteSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('writes out as JSON Schema that allows no other keys', () => {
    const schema = z.toJSONSchema(quoteSchema) as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(['kind', 'pricesFrom', 'startDate', 'endDate', 'lines', 'totalPence']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('renewals of a fixed year', () => {
  const fixed = gardenWasteRules.parse({
    period: { type: 'fixed', startsOn: '04-01', renewalWindowDays: 42, lapsedAsNewAfterDays: 30 },
    startLeadDays: { existingBins: 5 },
  });

  it.each([
    { today: '2027-02-18', timing: { open: true, startDate: '2027-04-01' } }, // 42 days before the year: window opens
    { today: '2027-03-20', timing: { open: true, startDate: '2027-04-01' } },
    { today: '2027-04-20', timing: { open: true, startDate: '2027-04-25' } }, // a late renewal, within 30 days
    { today: '2027-05-02', timing: { open: false, opensOn: '2028-02-19' } }, // lapsed: subscribe again as new
    { today: '2027-02-17', timing: { open: false, opensOn: '2027-02-18' } }, // the day before the window
  ])('on $today', ({ today, timing }) => {
    expect(renewalTiming(fixed, today)).toEqual(timing);
  });

  it('starts a renewal made in the window when the new year starts, for a full year', () => {
    const renewal = quote(
      fixed,
      { kind: 'renewal', container: '240-litre-bin', bins: 1, rolls: 0, needsDelivery: false },
      '2027-03-01',
    );
    expect(renewal).toMatchObject({ startDate: '2027-04-01', endDate: '2028-03-31', totalPence: 5500 });
  });

  it('lets a rolling subscription be renewed any day', () => {
    expect(renewalTiming(gardenWasteRules.parse({ period: { type: 'rolling' } }), '2027-07-09')).toEqual({
      open: true,
      startDate: '2027-07-14',
    });
  });
});

describe('price changes that set only some prices', () => {
  it('keep the prices they leave out', () => {
    const rules = gardenWasteRules.parse({
      charging: {
        firstBin: 4000,
        additionalBin: 3000,
        deliveryFee: 1000,
        sacks: { pricePerRoll: 1500, sacksPerRoll: 10 },
        priceChanges: [
          { from: '2027-04-01', firstBin: 4500 },
          { from: '2028-04-01', sacks: null },
        ],
      },
    });
    expect(pricesInForce(rules, '2027-04-01')).toEqual({
      firstBin: 4500,
      additionalBin: 3000,
      renewal: null,
      deliveryFee: 1000,
      sacks: { pricePerRoll: 1500, sacksPerRoll: 10 },
      from: '2027-04-01',
    });
    expect(pricesInForce(rules, '2028-04-01')).toMatchObject({ firstBin: 4500, sacks: null, from: '2028-04-01' });
  });
});
