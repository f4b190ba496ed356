import type { Translator } from './messages/translate';

const pounds = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/**
 * Formats integer pence as pounds, the way GOV.UK writes money: `5500` → `£55.00`.
 * Welsh pages write money the same way.
 */
export function formatMoney(pence: number): string {
  return pounds.format(pence / 100);
}

/**
 * Formats an ISO date (`2027-04-01`) as GOV.UK writes dates, in the translator's language: `1 April 2027` in English,
 * `1 Ebrill 2027` in Welsh. The month's name is the message `month.4`, so a page carries only its own language's.
 */
export function formatDate(isoDate: string, t: Translator): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const monthKey = `month.${Number(month)}`;
  return `${Number(day)} ${t.has(monthKey) ? t(monthKey) : month} ${year}`;
}

/** A file's size as GOV.UK writes it in its file upload guidance: "10MB", "2.5MB", "500KB". */
export function formatFileSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)}MB`;
  return `${Math.max(1, Math.round(bytes / 1024))}KB`;
}
