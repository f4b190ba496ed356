/** The languages every transaction is offered in. */
export type Locale = 'en' | 'cy';

/** Every locale, in the order a language switch shows them. */
export const locales: readonly Locale[] = ['en', 'cy'];

/**
 * One message: plain text with `{placeholders}`, or plural forms chosen by
 * `Intl.PluralRules` on the `count` parameter. Welsh uses the `zero`, `two`,
 * `few` and `many` forms as well as `one` and `other`.
 */
export type Message = string | PluralMessage;

/** Plural forms of a message, keyed by `Intl.PluralRules` category. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A flat catalogue of messages keyed by dotted ids such as `bins.count.label`. */
export type Catalogue = Readonly<Record<string, Message>>;

/** A catalogue in English and the same keys in Welsh. */
export interface Catalogues<Keys extends string = string> {
  en: Readonly<Record<Keys, Message>>;
  cy: Readonly<Record<Keys, Message>>;
}

/** Council overrides: any message, in either language. */
export type MessageOverrides = Partial<Record<Locale, Readonly<Record<string, Message>>>>;

/** Text a council writes in its rules, in both languages (a concession's label, say). */
export interface LocalText {
  en: string;
  cy: string;
}

/**
 * A message of the journey's words and values for its placeholders, for words a step builds from the council's rules:
 * `{ message: 'items.chosen.price', params: { price: '£20.00' } }`. The values are put in the resident's terms as a
 * step's `params` are: an ISO date is written as a date, a council's `{ en, cy }` words in the resident's language.
 */
export interface MessageRef {
  /** The message key. */
  message: string;
  /** Values for the message's placeholders; a `count` chooses its plural form. */
  params?: Readonly<Record<string, string | number | LocalText>>;
}

/** Values put into a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;
