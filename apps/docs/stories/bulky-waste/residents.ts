import { bulkyWaste, defaultSlots, presets } from '@lgds/bulky-waste';
import { type Locale, todayIso } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import type { Page } from '../shared/pages';

// One resident for each preset council, written once as what they type on each page (the form fields' names and
// values, as a browser posts them). The journey stories walk these pages in the browser; the step stories open on
// any page with the answers to the pages before it.

/** One of the three fictional councils whose rules come with @lgds/bulky-waste. */
export type Council = keyof typeof presets;

export const councils = Object.keys(presets) as Council[];

/** The council's own name, as its pages would say it. */
export const councilNames: Readonly<Record<Council, Readonly<Record<Locale, string>>>> = {
  exampleshire: { en: 'Exampleshire Council', cy: 'Cyngor Exampleshire' },
  enghraifft: { en: 'Enghraifft County Council', cy: 'Cyngor Sir Enghraifft' },
  northmoor: { en: 'Northmoor District Council', cy: 'Cyngor Dosbarth Northmoor' },
};

/** The council and language a story is in, from the toolbar (or the story's own globals). */
export function storySetting(globals: Record<string, unknown>): { council: Council; locale: Locale } {
  const council = councils.find((name) => name === globals.preset) ?? 'exampleshire';
  return { council, locale: globals.locale === 'cy' ? 'cy' : 'en' };
}

/** A council's resident: what they post on each page (the date is the first one offered on the day). */
export interface Resident {
  address: Readonly<Record<string, string>>;
  /** The one item they book (a single checkbox posts a string), with how many if the council asks. */
  items: Readonly<Record<string, string>>;
  /** Whether they claim the concession, where the council asks. */
  claimed: 'yes' | 'no';
  /** Whether they have already had this year's free collections, where the council asks. */
  used: 'yes' | 'no';
  where: string;
  email: string;
}

export const residents: Readonly<Record<Council, Resident>> = {
  exampleshire: {
    address: { line1: '12 High Street', town: 'Exampleton', postcode: 'EX1 2AB' },
    items: { chosen: 'sofa', count1: '2' },
    claimed: 'yes',
    used: 'no',
    where: 'Front garden, by the gate',
    email: 'resident@example.com',
  },
  enghraifft: {
    address: { line1: '3 Heol y Parc', town: 'Trefenghraifft', postcode: 'CF10 1AA' },
    items: { chosen: 'furniture', count1: '4' },
    claimed: 'yes',
    used: 'no',
    where: 'Wrth y giât',
    email: 'preswylydd@example.com',
  },
  northmoor: {
    address: { line1: '7 Moor Lane', town: 'Northmoor', postcode: 'NM1 1AA' },
    items: { chosen: 'mattress', count2: '2' },
    claimed: 'no',
    used: 'yes',
    where: 'On the driveway',
    email: 'resident@example.com',
  },
};

/** The first collection date offered today under the council's rules (the default slot provider's). */
export function firstDate(council: Council): string {
  return defaultSlots.datesOffered(resolveRules(bulkyWaste, presets[council]), todayIso())[0] ?? '';
}

/** A resident's pages, as a browser posts them (pages the council does not ask are skipped). */
export function pagesOf(council: Council): Page[] {
  const { address, items, claimed, used, where, email } = residents[council];
  return [
    { step: 'address', post: address },
    { step: 'items', post: items },
    { step: 'concession', post: { claimed } },
    { step: 'freeCollections', post: { used } },
    { step: 'date', post: { date: firstDate(council) } },
    { step: 'location', post: { where } },
    { step: 'contact', post: { email } },
  ];
}
