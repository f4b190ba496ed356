import type { CoreMessageKey } from './messages/en';
import { coreMessages } from './messages/translate';
import type { Locale } from './messages/types';

const pounds = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/**
 * Formats integer pence as pounds, the way GOV.UK writes money: `5500` → `£55.00`.
 * Welsh pages write money the same way.
 */
export function formatMoney(pence: number): string {
  return pounds.format(pence / 100);
}

/** The name of a month (1 to 12) in a language, from the engine's own messages. */
export function monthName(month: number, locale: Locale): string {
  return String(coreMessages[locale][`date.month.${month}` as CoreMessageKey]);
}

/**
 * Formats an ISO date (`2027-04-01`) as GOV.UK writes dates: `1 April 2027` in English, `1 Ebrill 2027` in Welsh.
 * Month names come from the engine's messages, not `Intl`: Chrome ships no Welsh date names.
 */
export function formatDate(isoDate: string, locale: Locale = 'en'): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return `${Number(day)} ${monthName(Number(month), locale)} ${year}`;
}
