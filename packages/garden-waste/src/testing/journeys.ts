import {
  type AnyTransaction,
  createFlow,
  type Flow,
  handleStepPost,
  type LocalText,
  type StepIdOf,
  type TransactionAnswers,
} from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import { presets } from '../presets';
import type { GardenWasteRules } from '../rules';
import { gardenWasteNew, gardenWasteRenewal } from '../transactions';

// Whole journeys through the three preset councils, written once as what a browser posts page by page, with what
// the resident should be told at the end. The engine tests post them with `handleStepPost`; the React tests type
// and click them into <TransactionFlow>. Every figure below was worked out by hand from presets.ts.

/** One of the preset councils. */
export type Council = keyof typeof presets;

/** A new subscription or a renewal. */
export type JourneyKind = 'new' | 'renewal';

/** The two journeys, by kind. */
export const transactions = { new: gardenWasteNew, renewal: gardenWasteRenewal } as const;

/** A page of either journey. */
export type StepId = StepIdOf<typeof gardenWasteNew> | StepIdOf<typeof gardenWasteRenewal>;

/** One page as a browser posts it: the form field names and the text in them. */
export interface Page {
  step: StepId;
  post: Readonly<Record<string, string>>;
}

/** A check answers row as the resident reads it: the question and the answer. */
export type Row = readonly [question: string, answer: string];

/** Where a journey happens: a council, a journey and the day the resident does it. */
export interface Setting {
  council: Council;
  journey: JourneyKind;
  /** Today, as the flow sees it. */
  today: string;
}

/** A whole journey, from the first page to check answers, and what it should come to. */
export interface Walk extends Setting {
  /** What the resident does, for the test's name. */
  title: string;
  /** Every page on the resident's path, in order, with what they post on it. */
  pages: readonly Page[];
  /** The price's rows on check answers, in order: the breakdown, the total and when collections start. */
  price: Readonly<Record<'en' | 'cy', readonly Row[]>>;
  /** What the resident pays, in pence. */
  totalPence: number;
  /** The date of the scheduled price change the quote used, or null for the base prices. */
  pricesFrom: string | null;
  /** When collections start and the subscription ends (ISO dates). */
  startDate: string;
  endDate: string;
  /** The start date as the resident reads it in each language. */
  starts: LocalText;
}

/** The resolved rules for a council's journey, with any changes laid over its preset. */
export function rulesFor(
  council: Council,
  journey: JourneyKind,
  ...changes: RulesLayer<AnyTransaction>[]
): GardenWasteRules {
  // Both journeys read the same rules schema.
  return resolveRules(transactions[journey] as AnyTransaction, presets[council], ...changes) as GardenWasteRules;
}

/** A flow for a council's journey on a fixed day, with any changes to the council's rules. */
export function flowFor(
  { council, journey, today }: Setting,
  ...changes: RulesLayer<AnyTransaction>[]
): Flow<AnyTransaction> {
  return createFlow(transactions[journey] as AnyTransaction, rulesFor(council, journey, ...changes), {
    today: () => today,
  });
}

/** Posts each page in turn, as a resident would, and gives the answers; throws if a page is refused. */
export function answersAfter(flow: Flow<AnyTransaction>, pages: readonly Page[]): TransactionAnswers<AnyTransaction> {
  let answers: TransactionAnswers<AnyTransaction> = {};
  for (const { step, post } of pages) {
    const result = handleStepPost(flow, step, post, answers);
    if (!result.ok) throw new Error(`${step} was refused: ${JSON.stringify(result.errors ?? result.redirect)}`);
    answers = result.answers;
  }
  return answers;
}

/** The pages of a walk that come before `step`. */
export function pagesBefore(walk: Walk, step: StepId): readonly Page[] {
  const index = walk.pages.findIndex((page) => page.step === step);
  if (index < 0) throw new Error(`${walk.title} does not go through ${step}`);
  return walk.pages.slice(0, index);
}

/** The pages residents meet, as they post them. */
export const page = {
  address: (line1: string, town: string, postcode: string): Page => ({
    step: 'address',
    post: { line1, town, postcode },
  }),
  property: (type: string): Page => ({ step: 'property', post: { type } }),
  container: (type: string): Page => ({ step: 'container', post: { type } }),
  bins: (count: string): Page => ({ step: 'bins', post: { count } }),
  rolls: (count: string): Page => ({ step: 'rolls', post: { count } }),
  delivery: (needed: 'yes' | 'no'): Page => ({ step: 'delivery', post: { needed } }),
  concession: (type: string): Page => ({ step: 'concession', post: { type } }),
  payment: (method: 'card' | 'direct-debit'): Page => ({ step: 'payment', post: { method } }),
  contactByEmail: (email: string, reminders: 'yes' | 'no'): Page => ({
    step: 'contact',
    post: { contactBy: 'email', email, reminders },
  }),
  contactByPhone: (phone: string, reminders: 'yes' | 'no'): Page => ({
    step: 'contact',
    post: { contactBy: 'phone', phone, reminders },
  }),
  signatures: (moreThanOne: 'yes' | 'no'): Page => ({ step: 'signatures', post: { moreThanOne } }),
  bank: (accountName: string, sortCode: string, accountNumber: string): Page => ({
    step: 'bank',
    post: { accountName, sortCode, accountNumber },
  }),
  guarantee: (): Page => ({ step: 'guarantee', post: {} }),
  declaration: (): Page => ({ step: 'declaration', post: { confirmed: 'yes' } }),
  subscription: (reference: string, postcode: string): Page => ({
    step: 'subscription',
    post: { reference, postcode },
  }),
};

/**
 * A sort code and account number that pass Vocalink's modulus checks (its published test 1), typed as residents do.
 */
export const bankAccount: Readonly<Record<string, string>> = { sortCode: '08-99-99', accountNumber: '66 37 49 58' };

/**
 * The Direct Debit mandate's pages, for a household paying by Direct Debit: one signature, bank details that pass
 * Vocalink's modulus checks (stored as 089999 and 66374958), the Guarantee and the Instruction.
 */
const mandate = (accountName: string): Page[] => [
  page.signatures('no'),
  page.bank(accountName, bankAccount.sortCode ?? '', bankAccount.accountNumber ?? ''),
  page.guarantee(),
  page.declaration(),
];

/** A reference in the right format, typed in lower case as residents often do. */
export const reference = 'gw-7kq4m-x9rtp';

const northmoorHome = page.address('12 Moor Lane', 'Northmoor', 'nm1 2ab');
const exampleshireHome = page.address('1 High Street', 'Exampleton', 'ex11aa');
const enghraifftHome = page.address('3 Stryd y Castell', 'Enghraifft', 'cf10 1ep');
const byEmail = page.contactByEmail('resident@example.com', 'yes');
const byPhone = page.contactByPhone('07700 900 982', 'no');

const autumn = '2026-10-15';
// Enghraifft's renewals for the year from 1 April 2027 open 42 days before it, on 18 February 2027.
const renewalWindow = '2027-03-01';
// Enghraifft's new prices apply from 1 April 2027.
const afterPriceRise = '2027-04-20';

/** Every journey of every preset, each walked in English and in Welsh. */
export const walks = {
  northmoorNew: {
    title: 'Northmoor: a house that has its bin, contact by email',
    council: 'northmoor',
    journey: 'new',
    today: autumn,
    pages: [northmoorHome, page.property('house'), page.delivery('no'), byEmail],
    // Free: no breakdown, and the total says so. Collections start 5 days on (the default lead time).
    price: {
      en: [
        ['Total to pay', 'Free'],
        ['Collections start', '20 October 2026'],
      ],
      cy: [
        ['Cyfanswm i’w dalu', 'Am ddim'],
        ['Casgliadau’n dechrau', '20 Hydref 2026'],
      ],
    },
    totalPence: 0,
    pricesFrom: null,
    startDate: '2026-10-20',
    endDate: '2027-10-19',
    starts: { en: '20 October 2026', cy: '20 Hydref 2026' },
  },
  northmoorNewDelivered: {
    title: 'Northmoor: a bungalow that needs its bin delivered, contact by phone',
    council: 'northmoor',
    journey: 'new',
    today: autumn,
    pages: [northmoorHome, page.property('bungalow'), page.delivery('yes'), byPhone],
    // A delivered bin takes 14 days (the default lead time), and is free too.
    price: {
      en: [
        ['Total to pay', 'Free'],
        ['Collections start', '29 October 2026'],
      ],
      cy: [
        ['Cyfanswm i’w dalu', 'Am ddim'],
        ['Casgliadau’n dechrau', '29 Hydref 2026'],
      ],
    },
    totalPence: 0,
    pricesFrom: null,
    startDate: '2026-10-29',
    endDate: '2027-10-28',
    starts: { en: '29 October 2026', cy: '29 Hydref 2026' },
  },
  northmoorRenewal: {
    title: 'Northmoor: renewing',
    council: 'northmoor',
    journey: 'renewal',
    today: autumn,
    pages: [page.subscription(reference, 'nm1 2ab'), byEmail],
    price: {
      en: [
        ['Total to pay', 'Free'],
        ['Collections start', '20 October 2026'],
      ],
      cy: [
        ['Cyfanswm i’w dalu', 'Am ddim'],
        ['Casgliadau’n dechrau', '20 Hydref 2026'],
      ],
    },
    totalPence: 0,
    pricesFrom: null,
    startDate: '2026-10-20',
    endDate: '2027-10-19',
    starts: { en: '20 October 2026', cy: '20 Hydref 2026' },
  },

  exampleshireNewDirectDebit: {
    title: 'Exampleshire: 2 large bins delivered, paying by Direct Debit',
    council: 'exampleshire',
    journey: 'new',
    today: autumn,
    pages: [
      exampleshireHome,
      page.property('house'),
      page.container('240-litre-bin'),
      page.bins('2'),
      page.delivery('yes'),
      page.concession('none'),
      page.payment('direct-debit'),
      ...mandate('Jo Bloggs'),
      byEmail,
    ],
    // £55 + £35 − £5 Direct Debit + 2 × £15 delivery = £115; delivered bins start 10 days on.
    price: {
      en: [
        ['First bin', '£55.00'],
        ['1 more bin', '£35.00'],
        ['Direct Debit discount', '-£5.00'],
        ['Delivery of 2 bins', '£30.00'],
        ['Total to pay', '£115.00'],
        ['Collections start', '25 October 2026'],
      ],
      cy: [
        ['Bin cyntaf', '£55.00'],
        ['1 bin arall', '£35.00'],
        ['Gostyngiad Debyd Uniongyrchol', '-£5.00'],
        ['Dosbarthu 2 fin', '£30.00'],
        ['Cyfanswm i’w dalu', '£115.00'],
        ['Casgliadau’n dechrau', '25 Hydref 2026'],
      ],
    },
    totalPence: 11500,
    pricesFrom: null,
    startDate: '2026-10-25',
    endDate: '2027-10-24',
    starts: { en: '25 October 2026', cy: '25 Hydref 2026' },
  },
  exampleshireNewConcession: {
    title: 'Exampleshire: 1 small bin already there, Pension Credit, paying by card',
    council: 'exampleshire',
    journey: 'new',
    today: autumn,
    pages: [
      exampleshireHome,
      page.property('park-home'),
      page.container('140-litre-bin'),
      page.bins('1'),
      page.delivery('no'),
      page.concession('pension-credit'),
      page.payment('card'),
      byPhone,
    ],
    // £55 − 50% = £27.50; a bin already there starts 3 days on.
    price: {
      en: [
        ['First bin', '£55.00'],
        ['Concession discount', '-£27.50'],
        ['Total to pay', '£27.50'],
        ['Collections start', '18 October 2026'],
      ],
      cy: [
        ['Bin cyntaf', '£55.00'],
        ['Gostyngiad consesiwn', '-£27.50'],
        ['Cyfanswm i’w dalu', '£27.50'],
        ['Casgliadau’n dechrau', '18 Hydref 2026'],
      ],
    },
    totalPence: 2750,
    pricesFrom: null,
    startDate: '2026-10-18',
    endDate: '2027-10-17',
    starts: { en: '18 October 2026', cy: '18 Hydref 2026' },
  },
  exampleshireNewEverything: {
    title: 'Exampleshire: 3 bins delivered, Pension Credit and Direct Debit',
    council: 'exampleshire',
    journey: 'new',
    today: autumn,
    pages: [
      exampleshireHome,
      page.property('maisonette'),
      page.container('240-litre-bin'),
      page.bins('3'),
      page.delivery('yes'),
      page.concession('pension-credit'),
      page.payment('direct-debit'),
      ...mandate('Mr A Khan'),
      byEmail,
    ],
    // £55 + 2 × £35 = £125; half off = £62.50; −£5 Direct Debit = £57.50; + 3 × £15 delivery = £102.50.
    price: {
      en: [
        ['First bin', '£55.00'],
        ['2 more bins', '£70.00'],
        ['Concession discount', '-£62.50'],
        ['Direct Debit discount', '-£5.00'],
        ['Delivery of 3 bins', '£45.00'],
        ['Total to pay', '£102.50'],
        ['Collections start', '25 October 2026'],
      ],
      cy: [
        ['Bin cyntaf', '£55.00'],
        ['2 fin arall', '£70.00'],
        ['Gostyngiad consesiwn', '-£62.50'],
        ['Gostyngiad Debyd Uniongyrchol', '-£5.00'],
        ['Dosbarthu 3 bin', '£45.00'],
        ['Cyfanswm i’w dalu', '£102.50'],
        ['Casgliadau’n dechrau', '25 Hydref 2026'],
      ],
    },
    totalPence: 10250,
    pricesFrom: null,
    startDate: '2026-10-25',
    endDate: '2027-10-24',
    starts: { en: '25 October 2026', cy: '25 Hydref 2026' },
  },
  exampleshireRenewal: {
    title: 'Exampleshire: renewing 2 bins with Council Tax Reduction and Direct Debit',
    council: 'exampleshire',
    journey: 'renewal',
    today: autumn,
    pages: [
      page.subscription(reference, 'ex11aa'),
      page.container('240-litre-bin'),
      page.bins('2'),
      page.concession('council-tax-reduction'),
      page.payment('direct-debit'),
      ...mandate('Siân Jones'),
      byPhone,
    ],
    // Renewal prices: £50 + £35 = £85; half off = £42.50; −£5 Direct Debit = £37.50. No delivery on a renewal.
    price: {
      en: [
        ['First bin', '£50.00'],
        ['1 more bin', '£35.00'],
        ['Concession discount', '-£42.50'],
        ['Direct Debit discount', '-£5.00'],
        ['Total to pay', '£37.50'],
        ['Collections start', '18 October 2026'],
      ],
      cy: [
        ['Bin cyntaf', '£50.00'],
        ['1 bin arall', '£35.00'],
        ['Gostyngiad consesiwn', '-£42.50'],
        ['Gostyngiad Debyd Uniongyrchol', '-£5.00'],
        ['Cyfanswm i’w dalu', '£37.50'],
        ['Casgliadau’n dechrau', '18 Hydref 2026'],
      ],
    },
    totalPence: 3750,
    pricesFrom: null,
    startDate: '2026-10-18',
    endDate: '2027-10-17',
    starts: { en: '18 October 2026', cy: '18 Hydref 2026' },
  },
  exampleshireRenewalCard: {
    title: 'Exampleshire: renewing 1 small bin, paying by card',
    council: 'exampleshire',
    journey: 'renewal',
    today: autumn,
    pages: [
      page.subscription(reference, 'EX1 1AA'),
      page.container('140-litre-bin'),
      page.bins('1'),
      page.concession('none'),
      page.payment('card'),
      byEmail,
    ],
    price: {
      en: [
        ['First bin', '£50.00'],
        ['Total to pay', '£50.00'],
        ['Collections start', '18 October 2026'],
      ],
      cy: [
        ['Bin cyntaf', '£50.00'],
        ['Cyfanswm i’w dalu', '£50.00'],
        ['Casgliadau’n dechrau', '18 Hydref 2026'],
      ],
    },
    totalPence: 5000,
    pricesFrom: null,
    startDate: '2026-10-18',
    endDate: '2027-10-17',
    starts: { en: '18 October 2026', cy: '18 Hydref 2026' },
  },

  enghraifftNewBins: {
    title: 'Enghraifft: 2 bins delivered in the autumn, paying for 5 months of 12',
    council: 'enghraifft',
    journey: 'new',
    today: autumn,
    pages: [
      enghraifftHome,
      page.property('house'),
      page.container('240-litre-bin'),
      page.bins('2'),
      page.delivery('yes'),
      byEmail,
    ],
    // Delivered bins start 21 days on, 5 November: November to March is 5 months of the year from 1 April, so
    // 7/12 of 2 × £42 (£49) comes off: £35. Enghraifft charges nothing for delivery, so there is no delivery line.
    price: {
      en: [
        ['First bin', '£42.00'],
        ['1 more bin', '£42.00'],
        ['Reduction for joining part way through the year', '-£49.00'],
        ['Total to pay', '£35.00'],
        ['Collections start', '5 November 2026'],
      ],
      cy: [
        ['Bin cyntaf', '£42.00'],
        ['1 bin arall', '£42.00'],
        ['Gostyngiad am ymuno yn ystod y flwyddyn', '-£49.00'],
        ['Cyfanswm i’w dalu', '£35.00'],
        ['Casgliadau’n dechrau', '5 Tachwedd 2026'],
      ],
    },
    totalPence: 3500,
    pricesFrom: null,
    startDate: '2026-11-05',
    endDate: '2027-03-31',
    starts: { en: '5 November 2026', cy: '5 Tachwedd 2026' },
  },
  enghraifftNewSacks: {
    title: 'Enghraifft: 3 rolls of sacks in the autumn, paying for 6 months of 12',
    council: 'enghraifft',
    journey: 'new',
    today: autumn,
    // Sacks: no number of bins, and nothing to deliver.
    pages: [enghraifftHome, page.property('flat'), page.container('sacks'), page.rolls('3'), byPhone],
    // Starts 7 days on, 22 October: October to March is 6 months of 12, so half of 3 × £18 comes off.
    price: {
      en: [
        ['3 rolls of sacks', '£54.00'],
        ['Reduction for joining part way through the year', '-£27.00'],
        ['Total to pay', '£27.00'],
        ['Collections start', '22 October 2026'],
      ],
      cy: [
        ['3 rholyn o sachau', '£54.00'],
        ['Gostyngiad am ymuno yn ystod y flwyddyn', '-£27.00'],
        ['Cyfanswm i’w dalu', '£27.00'],
        ['Casgliadau’n dechrau', '22 Hydref 2026'],
      ],
    },
    totalPence: 2700,
    pricesFrom: null,
    startDate: '2026-10-22',
    endDate: '2027-03-31',
    starts: { en: '22 October 2026', cy: '22 Hydref 2026' },
  },
  enghraifftNewBinAfterPriceRise: {
    title: 'Enghraifft: 1 bin in April 2027, at the new price for a whole year',
    council: 'enghraifft',
    journey: 'new',
    today: afterPriceRise,
    pages: [
      enghraifftHome,
      page.property('house'),
      page.container('240-litre-bin'),
      page.bins('1'),
      page.delivery('no'),
      byEmail,
    ],
    price: {
      en: [
        ['First bin', '£46.00'],
        ['Total to pay', '£46.00'],
        ['Collections start', '27 April 2027'],
      ],
      cy: [
        ['Bin cyntaf', '£46.00'],
        ['Cyfanswm i’w dalu', '£46.00'],
        ['Casgliadau’n dechrau', '27 Ebrill 2027'],
      ],
    },
    totalPence: 4600,
    pricesFrom: '2027-04-01',
    startDate: '2027-04-27',
    endDate: '2028-03-31',
    starts: { en: '27 April 2027', cy: '27 Ebrill 2027' },
  },
  enghraifftNewDeliveredAfterPriceRise: {
    title: 'Enghraifft: 2 bins delivered in May 2027, at the new price for 11 months of 12',
    council: 'enghraifft',
    journey: 'new',
    today: afterPriceRise,
    pages: [
      enghraifftHome,
      page.property('house'),
      page.container('240-litre-bin'),
      page.bins('2'),
      page.delivery('yes'),
      byPhone,
    ],
    // Delivered 21 days on, 11 May: April has gone, so 1/12 of 2 × £46 comes off (£7.666…, rounded to £7.67).
    price: {
      en: [
        ['First bin', '£46.00'],
        ['1 more bin', '£46.00'],
        ['Reduction for joining part way through the year', '-£7.67'],
        ['Total to pay', '£84.33'],
        ['Collections start', '11 May 2027'],
      ],
      cy: [
        ['Bin cyntaf', '£46.00'],
        ['1 bin arall', '£46.00'],
        ['Gostyngiad am ymuno yn ystod y flwyddyn', '-£7.67'],
        ['Cyfanswm i’w dalu', '£84.33'],
        ['Casgliadau’n dechrau', '11 Mai 2027'],
      ],
    },
    totalPence: 8433,
    pricesFrom: '2027-04-01',
    startDate: '2027-05-11',
    endDate: '2028-03-31',
    starts: { en: '11 May 2027', cy: '11 Mai 2027' },
  },
  enghraifftNewSacksAfterPriceRise: {
    title: 'Enghraifft: 2 rolls of sacks in April 2027, at the new price',
    council: 'enghraifft',
    journey: 'new',
    today: afterPriceRise,
    pages: [enghraifftHome, page.property('bungalow'), page.container('sacks'), page.rolls('2'), byEmail],
    price: {
      en: [
        ['2 rolls of sacks', '£40.00'],
        ['Total to pay', '£40.00'],
        ['Collections start', '27 April 2027'],
      ],
      cy: [
        ['2 rolyn o sachau', '£40.00'],
        ['Cyfanswm i’w dalu', '£40.00'],
        ['Casgliadau’n dechrau', '27 Ebrill 2027'],
      ],
    },
    totalPence: 4000,
    pricesFrom: '2027-04-01',
    startDate: '2027-04-27',
    endDate: '2028-03-31',
    starts: { en: '27 April 2027', cy: '27 Ebrill 2027' },
  },
  enghraifftRenewalBins: {
    title: 'Enghraifft: renewing 1 bin in the renewal window, for the year from 1 April 2027',
    council: 'enghraifft',
    journey: 'renewal',
    today: renewalWindow,
    pages: [page.subscription(reference, 'CF10 1EP'), page.container('240-litre-bin'), page.bins('1'), byEmail],
    // A renewal is never pro-rata. It is priced for the year it covers (pricing.ts: the prices in force on the
    // start date), so renewing on 1 March pays next year's announced £46 for the year from 1 April 2027.
    price: {
      en: [
        ['First bin', '£46.00'],
        ['Total to pay', '£46.00'],
        ['Collections start', '1 April 2027'],
      ],
      cy: [
        ['Bin cyntaf', '£46.00'],
        ['Cyfanswm i’w dalu', '£46.00'],
        ['Casgliadau’n dechrau', '1 Ebrill 2027'],
      ],
    },
    totalPence: 4600,
    pricesFrom: '2027-04-01',
    startDate: '2027-04-01',
    endDate: '2028-03-31',
    starts: { en: '1 April 2027', cy: '1 Ebrill 2027' },
  },
  enghraifftRenewalSacks: {
    title: 'Enghraifft: renewing 3 rolls of sacks in the renewal window',
    council: 'enghraifft',
    journey: 'renewal',
    today: renewalWindow,
    pages: [page.subscription(reference, 'cf101ep'), page.container('sacks'), page.rolls('3'), byPhone],
    price: {
      en: [
        ['3 rolls of sacks', '£60.00'],
        ['Total to pay', '£60.00'],
        ['Collections start', '1 April 2027'],
      ],
      cy: [
        ['3 rholyn o sachau', '£60.00'],
        ['Cyfanswm i’w dalu', '£60.00'],
        ['Casgliadau’n dechrau', '1 Ebrill 2027'],
      ],
    },
    totalPence: 6000,
    pricesFrom: '2027-04-01',
    startDate: '2027-04-01',
    endDate: '2028-03-31',
    starts: { en: '1 April 2027', cy: '1 Ebrill 2027' },
  },
  enghraifftRenewalAfterPriceRise: {
    title: 'Enghraifft: renewing 2 bins late, in April 2027, at the new price',
    council: 'enghraifft',
    journey: 'renewal',
    today: afterPriceRise,
    pages: [page.subscription(reference, 'CF10 1EP'), page.container('240-litre-bin'), page.bins('2'), byEmail],
    // Within 30 days of the year starting it is a late renewal: 7 days on, the full year's price, no pro-rata.
    price: {
      en: [
        ['First bin', '£46.00'],
        ['1 more bin', '£46.00'],
        ['Total to pay', '£92.00'],
        ['Collections start', '27 April 2027'],
      ],
      cy: [
        ['Bin cyntaf', '£46.00'],
        ['1 bin arall', '£46.00'],
        ['Cyfanswm i’w dalu', '£92.00'],
        ['Casgliadau’n dechrau', '27 Ebrill 2027'],
      ],
    },
    totalPence: 9200,
    pricesFrom: '2027-04-01',
    startDate: '2027-04-27',
    endDate: '2028-03-31',
    starts: { en: '27 April 2027', cy: '27 Ebrill 2027' },
  },
} as const satisfies Record<string, Walk>;
