import { presets } from '@lgds/bulky-waste';
import type { Locale } from '@lgds/core';
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

/** A council's resident: what they write on the first page, and the email address they give. */
export interface Resident {
  details: string;
  email: string;
}

/** Northmoor's service is closed (see the preset): its resident gets no further than the first page. */
export const residents: Readonly<Record<Council, Resident>> = {
  exampleshire: { details: 'The bench by the pond in Exampleton Park is broken.', email: 'resident@example.com' },
  enghraifft: { details: 'Mae’r giât i’r parc wedi torri.', email: 'preswylydd@example.com' },
  northmoor: { details: 'The path by the river is flooded.', email: 'resident@example.com' },
};

/** A resident's pages, as a browser posts them. */
export function pagesOf(council: Council): Page[] {
  const { details, email } = residents[council];
  return [
    { step: 'items', post: { details } },
    { step: 'contact', post: { email } },
  ];
}
