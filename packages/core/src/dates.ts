import { addDays, format, isMatch, isValid, parse } from 'date-fns';
import { dateLocales } from './format';

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

// A month box accepts 4, 04, Apr, April, Ebr or Ebrill: residents type all of these.
const monthFormats = ['M', 'MMM', 'MMMM'] as const;
const reference = new Date(2000, 0, 1);

function readMonth(text: string): number | undefined {
  const cleaned = text.replace(/\.$/, '');
  for (const locale of Object.values(dateLocales)) {
    for (const monthFormat of monthFormats) {
      if (!isMatch(cleaned, monthFormat, { locale })) continue;
      const parsed = parse(cleaned, monthFormat, reference, { locale });
      if (isValid(parsed)) return parsed.getMonth() + 1;
    }
  }
  return undefined;
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

  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // parse() refuses dates that do not exist, such as 31 June or 29 February 2027.
  if (!isValid(parse(iso, 'yyyy-MM-dd', reference))) return { ok: false, problem: 'real', parts: ['day'] };
  return { ok: true, date: iso };
}

/** Whether `text` is a real date written `yyyy-MM-dd`. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parse(text, 'yyyy-MM-dd', reference));
}

/** Today's date in the server's or browser's time zone, as `yyyy-MM-dd`. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** The ISO date `days` after (or, when negative, before) an ISO date. */
export function addDaysIso(isoDate: string, days: number): string {
  return format(addDays(parse(isoDate, 'yyyy-MM-dd', reference), days), 'yyyy-MM-dd');
}
