import { format, parseISO } from 'date-fns';
import { enGB, cy as welsh } from 'date-fns/locale';
import type { Locale } from './messages/types';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/**
 * Formats integer pence as pounds, the way GOV.UK writes money: `5500` → `£55.00`.
 * Welsh pages write money the same way.
 */
export function formatMoney(pence: number): string {
  return pounds.format(pence / 100);
}

/** date-fns locales for each language the engine speaks. */
export const dateLocales = { en: enGB, cy: welsh } as const;

/**
 * Formats an ISO date (`2027-04-01`) as GOV.UK writes dates:
 * `1 April 2027` in English, `1 Ebrill 2027` in Welsh.
 */
export function formatDate(isoDate: string, locale: Locale = 'en'): string {
  return format(parseISO(isoDate), 'd MMMM yyyy', { locale: dateLocales[locale] });
}
