import type { Locale } from './messages/types';

const pounds = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/**
 * Formats integer pence as pounds, the way GOV.UK writes money: `5500` → `£55.00`.
 * Welsh pages write money the same way.
 */
export function formatMoney(pence: number): string {
  return pounds.format(pence / 100);
}

/** The `Intl` locale for each language the engine speaks. */
export const intlLocales: Readonly<Record<Locale, string>> = { en: 'en-GB', cy: 'cy-GB' };

// The platform's own date library (ICU, through Intl) knows Welsh month names, so nothing is shipped for them.
const longDates = new Map<Locale, Intl.DateTimeFormat>();

/**
 * Formats an ISO date (`2027-04-01`) as GOV.UK writes dates:
 * `1 April 2027` in English, `1 Ebrill 2027` in Welsh.
 */
export function formatDate(isoDate: string, locale: Locale = 'en'): string {
  let formatter = longDates.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocales[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    longDates.set(locale, formatter);
  }
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}
