import type { Locale } from '@lgds/core';

// The lines of an address (GOV.UK's manual address pattern) read the same on every address page of the journey;
// only the page's title and its check answers question differ. `addressWords` puts them under a step's id.

const lines = {
  en: {
    'line1.label': 'Address line 1',
    'line1.name': 'address line 1, typically the building and street',
    'line2.label': 'Address line 2 (optional)',
    'town.label': 'Town or city',
    'town.name': 'town or city',
    'postcode.label': 'Postcode',
    'postcode.name': 'postcode',
  },
  cy: {
    'line1.label': 'Llinell 1 y cyfeiriad',
    'line1.name': 'linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd',
    'line2.label': 'Llinell 2 y cyfeiriad (dewisol)',
    'town.label': 'Tref neu ddinas',
    'town.name': 'dref neu ddinas',
    'postcode.label': 'Cod post',
    'postcode.name': 'god post',
  },
} as const satisfies Record<Locale, Readonly<Record<string, string>>>;

/** The message keys of one address page. */
export type AddressKey<S extends string> = `${S}.title` | `${S}.summary` | `${S}.${keyof (typeof lines)['en']}`;

/** An address page's words in one language: its title, its check answers question, and the standard lines. */
export function addressWords<const S extends string>(
  stepId: S,
  locale: Locale,
  words: { title: string; summary: string },
): Readonly<Record<AddressKey<S>, string>> {
  const keyed = Object.entries(lines[locale]).map(([key, text]) => [`${stepId}.${key}`, text]);
  return {
    [`${stepId}.title`]: words.title,
    [`${stepId}.summary`]: words.summary,
    ...Object.fromEntries(keyed),
  } as Record<AddressKey<S>, string>;
}
