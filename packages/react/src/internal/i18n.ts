/**
 * A message by CLDR plural rule, with `%{count}` for the number. English needs `one` and `other`; Welsh uses
 * `zero`, `one`, `two`, `few`, `many` and `other`.
 */
export type PluralMessages = Readonly<Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', string>>>;

/**
 * govuk-frontend's `govukI18nAttributes`: the words its JavaScript uses, as `data-i18n.<key>` for a single message
 * or `data-i18n.<key>.<plural form>` for each plural form. Nothing when no message is given.
 */
export function i18nAttributes(key: string, message: string | PluralMessages | undefined): Record<string, string> {
  if (!message) return {};
  if (typeof message === 'string') return { [`data-i18n.${key}`]: message };
  return Object.fromEntries(Object.entries(message).map(([rule, text]) => [`data-i18n.${key}.${rule}`, text ?? '']));
}
