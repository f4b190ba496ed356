import { cy } from './cy';
import { en } from './en';
import type { Catalogue, Catalogues, Locale, Message, MessageParams } from './types';

/** The engine's own catalogues, which every transaction's messages sit on top of. */
export const coreMessages = { en, cy } as const;

/** Looks up a message by key and fills in its placeholders. */
export interface Translator {
  /** The language this translator speaks. */
  readonly locale: Locale;
  /** The text for `key`, or the key itself when no catalogue has it (so a gap is visible, never blank). */
  (key: string, params?: MessageParams): string;
  /** Whether any catalogue has `key`. */
  has(key: string): boolean;
}

const placeholder = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; `{Name}` gives the value with a capital first letter. */
export function interpolate(text: string, params: MessageParams = {}): string {
  return text.replace(placeholder, (whole, name: string) => {
    if (Object.hasOwn(params, name)) return String(params[name]);
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    if (lower !== name && Object.hasOwn(params, lower)) return capitalise(String(params[lower]));
    return whole;
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Welsh joins "the" and "your" to "i" (to) and "a" (and): "Rhaid i’r dyddiad", "Rhaid i’ch oedran", never
// "i y dyddiad" or "i eich oedran". A field's name carries its own article, so the join is made once it is in place.
const welshArticle = /\b(i|a) yr? /g;
const welshYour = /\b(i|a) eich /g;

function joinWelshArticles(text: string): string {
  return text.replace(welshArticle, '$1’r ').replace(welshYour, '$1’ch ');
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(message: Message, locale: Locale, params: MessageParams): string {
  if (typeof message === 'string') return message;
  const count = Number(params.count ?? 0);
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return message[rules.select(count)] ?? message.other;
}

/**
 * Makes a translator for one language. Catalogues are searched from the last
 * to the first, so pass the most general first and council overrides last.
 */
export function createTranslator(locale: Locale, catalogues: readonly (Catalogue | undefined)[]): Translator {
  return translatorOver(locale, [coreMessages[locale], ...catalogues]);
}

/** A translator over exactly these catalogues, later ones winning: a journey's words already hold the engine's. */
export function translatorOver(locale: Locale, catalogues: readonly (Catalogue | undefined)[]): Translator {
  const layers = catalogues.filter((c): c is Catalogue => c !== undefined).reverse();
  const find = (key: string): Message | undefined => {
    for (const layer of layers) if (Object.hasOwn(layer, key)) return layer[key];
    return undefined;
  };
  const t = ((key: string, params: MessageParams = {}) => {
    const message = find(key);
    if (message === undefined) return key;
    const text = interpolate(pluralForm(message, locale, params), params);
    return locale === 'cy' ? joinWelshArticles(text) : text;
  }) as Translator;
  Object.defineProperty(t, 'locale', { value: locale });
  t.has = (key) => find(key) !== undefined;
  return t;
}

/**
 * Declares a transaction's catalogues. The Welsh catalogue must have exactly
 * the English keys, so the type checker catches a missing translation.
 */
export function defineMessages<const En extends Catalogue>(catalogues: {
  en: En;
  cy: { readonly [K in keyof En]: Message };
}): Catalogues<Extract<keyof En, string>> {
  return catalogues as Catalogues<Extract<keyof En, string>>;
}

/** Keys that one catalogue has and the other lacks, in both directions: a test helper for transaction authors. */
export function missingTranslations(catalogues: Catalogues): { missingInWelsh: string[]; missingInEnglish: string[] } {
  const enKeys = Object.keys(catalogues.en);
  const cyKeys = Object.keys(catalogues.cy);
  return {
    missingInWelsh: enKeys.filter((key) => !Object.hasOwn(catalogues.cy, key)),
    missingInEnglish: cyKeys.filter((key) => !Object.hasOwn(catalogues.en, key)),
  };
}
