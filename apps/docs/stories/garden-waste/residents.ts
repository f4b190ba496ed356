import { type AnyTransaction, createFlow, type Flow, type Locale } from '@lgds/core';
import { gardenWasteNew, gardenWasteRenewal, presets } from '@lgds/garden-waste';
import type { Page } from '../shared/pages';

// One resident for each preset council, written once as what they type and choose on each page of each journey (the
// form fields' names and values, as a browser posts them). The journey stories walk these pages in the browser; the
// step stories open on any page with the answers to the pages before it; the price breakdown opens on check answers.

/** One of the three fictional councils whose rules come with @lgds/garden-waste. */
export type Council = keyof typeof presets;

/** A new subscription or a renewal. */
export type JourneyKind = 'new' | 'renewal';

export const councils = Object.keys(presets) as Council[];

export const transactions = { new: gardenWasteNew, renewal: gardenWasteRenewal } as const;

/** The council's own name, as its pages would say it. */
export const councilNames: Readonly<Record<Council, Readonly<Record<Locale, string>>>> = {
  northmoor: { en: 'Northmoor District Council', cy: 'Cyngor Dosbarth Northmoor' },
  exampleshire: { en: 'Exampleshire Council', cy: 'Cyngor Exampleshire' },
  enghraifft: { en: 'Enghraifft County Council', cy: 'Cyngor Sir Enghraifft' },
};

/** The council and language a garden waste story is in, from the toolbar (or the story's own globals). */
export function storySetting(globals: Record<string, unknown>): { council: Council; locale: Locale } {
  const council = councils.find((name) => name === globals.preset) ?? 'exampleshire';
  return { council, locale: globals.locale === 'cy' ? 'cy' : 'en' };
}

const page = (step: string, post: Record<string, string>): Page => ({ step, post });

export const pages = {
  address: (line1: string, town: string, postcode: string) => page('address', { line1, town, postcode }),
  property: (type: string) => page('property', { type }),
  container: (type: string) => page('container', { type }),
  bins: (count: number) => page('bins', { count: String(count) }),
  rolls: (count: number) => page('rolls', { count: String(count) }),
  delivery: (needed: 'yes' | 'no') => page('delivery', { needed }),
  concession: (type: string) => page('concession', { type }),
  payment: (method: 'card' | 'direct-debit') => page('payment', { method }),
  // The Direct Debit mandate: one signature, bank details that pass Vocalink's modulus checks, the Guarantee and the
  // Instruction.
  directDebitMandate: (accountName: string) => [
    page('signatures', { moreThanOne: 'no' }),
    page('bank', { accountName, sortCode: '08-99-99', accountNumber: '66 37 49 58' }),
    page('guarantee', {}),
    page('declaration', { confirmed: 'yes' }),
  ],
  byEmail: page('contact', { contactBy: 'email', email: 'resident@example.com', reminders: 'yes' }),
  byPhone: page('contact', { contactBy: 'phone', phone: '07700 900 982', reminders: 'no' }),
  subscription: (reference: string, postcode: string) => page('subscription', { reference, postcode }),
};

/** A resident of one council, on one journey, on one day, and what their answers come to. */
export interface Resident {
  /** Today, as the journey sees it. */
  today: string;
  /** Every page on their way to check answers. */
  pages: readonly Page[];
  /** The total on check answers, in each language ("Free" for a free service). */
  total: Readonly<Record<Locale, string>>;
  /** When collections start, as check answers says it in each language. */
  starts: Readonly<Record<Locale, string>>;
  /** What the payload's quote comes to, in pence. */
  totalPence: number;
}

const autumn = '2026-10-15';
// Enghraifft's year runs from 1 April; renewals for the year from 1 April 2027 open 42 days before it.
const enghraifftRenewalWindow = '2027-03-01';
const free = { en: 'Free', cy: 'Am ddim' };

/** Every figure worked out by hand from the presets (see @lgds/garden-waste's presets.ts). */
export const residents: Readonly<Record<Council, Readonly<Record<JourneyKind, Resident>>>> = {
  northmoor: {
    // Free, one bin a household, so no container, bins, concession or payment page; collections start in 5 days.
    new: {
      today: autumn,
      pages: [
        pages.address('12 Moor Lane', 'Northmoor', 'NM1 2AB'),
        pages.property('house'),
        pages.delivery('no'),
        pages.byEmail,
      ],
      total: free,
      starts: { en: '20 October 2026', cy: '20 Hydref 2026' },
      totalPence: 0,
    },
    renewal: {
      today: autumn,
      pages: [pages.subscription('GW-7KQ4M-X9RTP', 'NM1 2AB'), pages.byEmail],
      total: free,
      starts: { en: '20 October 2026', cy: '20 Hydref 2026' },
      totalPence: 0,
    },
  },
  exampleshire: {
    // £55 + £35 − £5 Direct Debit + 2 × £15 delivery; delivered bins start in 10 days.
    new: {
      today: autumn,
      pages: [
        pages.address('1 High Street', 'Exampleton', 'EX1 1AA'),
        pages.property('house'),
        pages.container('240-litre-bin'),
        pages.bins(2),
        pages.delivery('yes'),
        pages.concession('none'),
        pages.payment('direct-debit'),
        ...pages.directDebitMandate('Jo Bloggs'),
        pages.byEmail,
      ],
      total: { en: '£115.00', cy: '£115.00' },
      starts: { en: '25 October 2026', cy: '25 Hydref 2026' },
      totalPence: 11500,
    },
    // Renewal prices £50 + £35, half off for Council Tax Reduction, − £5 Direct Debit; bins already there: 3 days.
    renewal: {
      today: autumn,
      pages: [
        pages.subscription('GW-7KQ4M-X9RTP', 'EX1 1AA'),
        pages.container('240-litre-bin'),
        pages.bins(2),
        pages.concession('council-tax-reduction'),
        pages.payment('direct-debit'),
        ...pages.directDebitMandate('Siân Jones'),
        pages.byPhone,
      ],
      total: { en: '£37.50', cy: '£37.50' },
      starts: { en: '18 October 2026', cy: '18 Hydref 2026' },
      totalPence: 3750,
    },
  },
  enghraifft: {
    // 2 × £42, less 7/12 for joining in November (£49): delivered bins start in 21 days, on 5 November.
    new: {
      today: autumn,
      pages: [
        pages.address('3 Stryd y Castell', 'Enghraifft', 'CF10 1EP'),
        pages.property('house'),
        pages.container('240-litre-bin'),
        pages.bins(2),
        pages.delivery('yes'),
        pages.byEmail,
      ],
      total: { en: '£35.00', cy: '£35.00' },
      starts: { en: '5 November 2026', cy: '5 Tachwedd 2026' },
      totalPence: 3500,
    },
    // Renewing in the renewal window pays the price announced for the year from 1 April 2027: £46.
    renewal: {
      today: enghraifftRenewalWindow,
      pages: [
        pages.subscription('GW-7KQ4M-X9RTP', 'CF10 1EP'),
        pages.container('240-litre-bin'),
        pages.bins(1),
        pages.byEmail,
      ],
      total: { en: '£46.00', cy: '£46.00' },
      starts: { en: '1 April 2027', cy: '1 Ebrill 2027' },
      totalPence: 4600,
    },
  },
};

/** A flow for checking answers outside the journey, on the resident's day. */
export function flowOf(transaction: AnyTransaction, rules: unknown, today: string): Flow<AnyTransaction> {
  return createFlow(transaction, rules as never, { today: () => today });
}
