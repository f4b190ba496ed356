import { monthNames } from './messages/months';
import type { Locale } from './messages/types';

const pounds = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/**
 * Formats integer pence as pounds, the way GOV.UK writes money: `5500` → `£55.00`.
 * Welsh pages write money the same way.
 */
export function formatMoney(pence: number): string {
  return pounds.format(pence / 100);
}

/** The name of a month (1 to 12) in a language. */
export function monthName(month: number, locale: Locale): string {
  return monthNames[locale][month - 1] ?? String(month);
}

/**
 * Formats an ISO date (`2027-04-01`) as GOV.UK writes dates: `1 April 2027` in English, `1 Ebrill 2027` in Welsh.
 * Month names are the engine's own, not `Intl`'s: Chrome ships no Welsh month names.
 */
export function formatDate(isoDate: string, locale: Locale = 'en'): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return `${Number(day)} ${monthName(Number(month), locale)} ${year}`;
}
