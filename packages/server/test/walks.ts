// Every journey a resident can take through the service, as a browser posts it page by page. The walks are the
// transactions' own (written once, in each package's testing folder, and used by their engine and React tests);
// this file only puts them in one shape. Imported from the packages' sources, as they are test helpers, not API.
import { type AnyTransaction, createFlow, type Locale } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { directDebit, movingHome, singlePersonDiscount } from '@lgds/council-tax';
import { gardenWasteNew, gardenWasteRenewal } from '@lgds/garden-waste';
import { presets as directDebitPresets } from '../../council-tax/src/direct-debit/presets';
import * as directDebitWalks from '../../council-tax/src/direct-debit/testing/journeys';
import { movingHomePresets } from '../../council-tax/src/moving-home/presets';
import * as movingHomeWalks from '../../council-tax/src/moving-home/testing/walks';
import { singlePersonDiscountPresets } from '../../council-tax/src/single-person-discount/presets';
import { accountNumbers, dateBoxes } from '../../council-tax/src/single-person-discount/testing';
import { presets as gardenWastePresets } from '../../garden-waste/src/presets';
import * as gardenWasteWalks from '../../garden-waste/src/testing/journeys';

/** What a browser posts on one page. */
export type Post = Readonly<Record<string, string | readonly string[]>>;

/** A whole journey through the service, from its start to check answers. */
export interface ServiceWalk {
  title: string;
  transaction: AnyTransaction;
  /** The council's rules (a preset). */
  rules: unknown;
  /** The day the resident takes the journey. */
  today: string;
  pages: readonly { step: string; post: Post }[];
}

const gardenWaste: ServiceWalk[] = Object.values(gardenWasteWalks.walks).map((walk) => ({
  title: `Garden waste: ${walk.title}`,
  transaction: walk.journey === 'new' ? gardenWasteNew : gardenWasteRenewal,
  rules: gardenWastePresets[walk.council],
  today: walk.today,
  pages: walk.pages,
}));

const directDebits: ServiceWalk[] = Object.values(directDebitWalks.walks).map((walk) => ({
  title: `Direct Debit: ${walk.title}`,
  transaction: directDebit,
  rules: directDebitPresets[walk.council],
  today: directDebitWalks.today,
  pages: walk.pages,
}));

const movingHomes: ServiceWalk[] = Object.values(movingHomeWalks.walks).map((walk) => {
  const flow = createFlow(movingHome, resolveRules(movingHome, movingHomePresets[walk.council]));
  return {
    title: `Moving home: ${walk.title}`,
    transaction: movingHome,
    rules: movingHomePresets[walk.council],
    today: movingHomeWalks.today,
    pages: walk.pages.map((page) => ({ step: page.step, post: movingHomeWalks.posted(flow, page) })),
  };
});

// Single person discount's tests write their posts inline; these are the same pages, for the presets that ask for
// evidence.
const singlePersonDiscounts: ServiceWalk[] = (['exampleshire', 'northmoor'] as const).map((council) => ({
  title: `Single person discount: ${council}, another adult moved out`,
  transaction: singlePersonDiscount,
  rules: singlePersonDiscountPresets[council],
  today: '2026-10-15',
  pages: [
    { step: 'account', post: { reference: accountNumbers[council] } },
    { step: 'contact', post: { fullName: 'Sam Jones', email: 'sam@example.com', phone: '' } },
    { step: 'address', post: { line1: '12 Chapel Row', line2: '', town: 'Exampleton', postcode: 'ex1 1aa' } },
    { step: 'onlyAdult', post: dateBoxes('1', '9', '2026') },
    { step: 'leaver', post: { movedOut: 'yes', name: 'Alex Jones' } },
    { step: 'forwardingAddress', post: { line1: '4 Mill Lane', line2: '', town: 'Northton', postcode: 'ex2 4ab' } },
    { step: 'evidence', post: { canSend: 'yes' } },
    { step: 'declaration', post: { confirmed: 'yes' } },
  ],
}));

/** Every walk of every transaction the service runs. */
export const serviceWalks: readonly ServiceWalk[] = [
  ...gardenWaste,
  ...singlePersonDiscounts,
  ...movingHomes,
  ...directDebits,
];

/** The first walk of each transaction: where a test needs each transaction once, under that walk's rules. */
export const firstWalks: readonly ServiceWalk[] = serviceWalks.filter(
  (walk, index) => serviceWalks.findIndex((other) => other.transaction === walk.transaction) === index,
);

/**
 * Whether a page seen on a walk should be sent empty, to check its errors: once a step, language and council's rules
 * (a question may be optional under some councils' rules), never check answers or the confirmation. The browser
 * journeys share it, so each error page is seen once in Chromium rather than on every walk through it.
 */
export function emptyOnceEach(): (walk: ServiceWalk, page: { key: string; locale: string; state: string }) => boolean {
  const presets = [...new Set(serviceWalks.map((walk) => walk.rules))];
  const emptied = new Set<string>();
  return (walk, page) => {
    const empty = `${walk.transaction.id}/${page.key} in ${page.locale} under rules ${presets.indexOf(walk.rules)}`;
    if (page.state !== 'page' || emptied.has(empty) || ['check-answers', 'confirmation'].includes(page.key)) {
      return false;
    }
    emptied.add(empty);
    return true;
  };
}

/**
 * The languages a browser journey walks in: each transaction's first walk in English and in Welsh, each other walk in
 * one, in turn, and the other one with JavaScript than without. So both browser suites together see every walk in
 * both languages, in about half the time of walking each twice in each.
 */
export function walkLanguages(walk: ServiceWalk, { javaScript }: { javaScript: boolean }): Locale[] {
  if (firstWalks.includes(walk)) return ['en', 'cy'];
  return [(serviceWalks.indexOf(walk) % 2 === 0) === javaScript ? 'cy' : 'en'];
}

/** How a test's name says the languages walked: "in English then in Welsh". */
export function inLanguages(locales: readonly Locale[]): string {
  return locales.map((locale) => (locale === 'en' ? 'in English' : 'in Welsh')).join(' then ');
}
