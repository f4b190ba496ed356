import { englishMonths, welshMonths } from './messages/months';

/** The three boxes of a GOV.UK date input, as the resident typed them. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Which box of a date input a problem is in, in the order GOV.UK lists them. */
export type DatePart = keyof DateParts;

/** The parts of a date input, in display order. */
export const dateParts: readonly DatePart[] = ['day', 'month', 'year'];

/** What reading a date input found: an ISO date, or which parts are missing or why it is not real. */
export type DatePartsResult =
  | { ok: true; date: string }
  | { ok: false; problem: 'required' }
  | { ok: false; problem: 'missing'; parts: DatePart[] }
  | { ok: false; problem: 'real'; parts: DatePart[] };

// A month box accepts 4, 04, Apr, April, Ebr or Ebrill: residents type all of these, on a page in either language.
// Names are read in English and Welsh, full or cut to their first three letters ("Sept" and Welsh "Chwef" too).
let monthNames: Map<string, number> | undefined;

function namesOfMonths(): Map<string, number> {
  if (monthNames) return monthNames;
  const names = new Map<string, number>();
  for (const language of [englishMonths, welshMonths]) {
    language.forEach((full, index) => {
      const name = full.toLowerCase();
      for (const length of [3, 4, 5, name.length]) names.set(name.slice(0, length), index + 1);
    });
  }
  monthNames = names;
  return names;
}

function readMonth(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  return namesOfMonths().get(text.toLowerCase().replace(/\.$/, ''));
}

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, this does not read years 0 to 99 as 1900 to 1999
  return date;
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether a year, month and day make a real date (not 31 June, not 29 February 2027). */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = utcDate(year, month, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads the day, month and year boxes of a GOV.UK date input into an ISO date.
 * Spaces are trimmed and month names in English or Welsh are accepted; a year
 * must have four digits, as GOV.UK asks ("2027", not "27").
 */
export function readDateParts(parts: Partial<Record<DatePart, unknown>>): DatePartsResult {
  const text = {
    day: typeof parts.day === 'string' ? parts.day.trim() : '',
    month: typeof parts.month === 'string' ? parts.month.trim() : '',
    year: typeof parts.year === 'string' ? parts.year.trim() : '',
  };
  const missing = dateParts.filter((part) => text[part] === '');
  if (missing.length === 3) return { ok: false, problem: 'required' };
  if (missing.length > 0) return { ok: false, problem: 'missing', parts: missing };

  const wrong: DatePart[] = [];
  const day = /^\d{1,2}$/.test(text.day) ? Number(text.day) : undefined;
  if (day === undefined || day < 1 || day > 31) wrong.push('day');
  const month = text.month.length <= 12 ? readMonth(text.month) : undefined;
  if (month === undefined) wrong.push('month');
  const year = /^\d{4}$/.test(text.year) ? Number(text.year) : undefined;
  if (year === undefined || year < 1000) wrong.push('year');
  if (day === undefined || month === undefined || year === undefined || wrong.length > 0) {
    return { ok: false, problem: 'real', parts: wrong };
  }

  if (!isRealDate(year, month, day)) return { ok: false, problem: 'real', parts: ['day'] };
  return { ok: true, date: isoOf(utcDate(year, month, day)) };
}

/** Whether `text` is a real date written `yyyy-MM-dd`. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Today's date in the server's or browser's time zone, as `yyyy-MM-dd`. */
export function todayIso(now: Date = new Date()): string {
  return isoOf(utcDate(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

/** The ISO date `days` after (or, when negative, before) an ISO date. */
export function addDaysIso(isoDate: string, days: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return isoOf(utcDate(year, month, day + days));
}
