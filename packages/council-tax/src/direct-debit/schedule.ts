import { addDaysIso } from '@lgds/core';
import type { DirectDebitRules } from './rules';

/** What the first payment date depends on: the council's notice and its list of bank holidays. */
export type ScheduleRules = Pick<DirectDebitRules, 'noticeDays' | 'bankHolidays'>;

function weekday(isoDate: string): number {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Whether Bacs takes payments on an ISO date: Monday to Friday, and not one of the bank holidays listed. */
export function isWorkingDay(isoDate: string, bankHolidays: readonly string[]): boolean {
  const day = weekday(isoDate);
  return day !== 0 && day !== 6 && !bankHolidays.includes(isoDate);
}

/** The working day `days` working days after an ISO date (which is not counted itself). */
export function addWorkingDays(isoDate: string, days: number, bankHolidays: readonly string[]): string {
  let date = isoDate;
  for (let counted = 0; counted < days; ) {
    date = addDaysIso(date, 1);
    if (isWorkingDay(date, bankHolidays)) counted += 1;
  }
  return date;
}

/** The date itself when it is a working day, otherwise the next working day: when Bacs takes a payment due then. */
export function nextWorkingDay(isoDate: string, bankHolidays: readonly string[]): string {
  let date = isoDate;
  while (!isWorkingDay(date, bankHolidays)) date = addDaysIso(date, 1);
  return date;
}

/**
 * When the first payment is taken, for a resident who applies on `today` and chose `paymentDay` (1 to 28): the first
 * such day of a month once the council's `noticeDays` working days have passed, moved to the next working day when
 * it falls on a weekend or bank holiday.
 *
 * @example
 * import { firstPaymentDate } from '@lgds/council-tax/direct-debit';
 *
 * // Applying on Monday 16 November 2026 with 10 working days' notice (the earliest date is 30 November):
 * firstPaymentDate({ noticeDays: 10, bankHolidays: [] }, 1, '2026-11-16'); // '2026-12-01'
 */
export function firstPaymentDate(rules: ScheduleRules, paymentDay: number, today: string): string {
  const earliest = addWorkingDays(today, rules.noticeDays, rules.bankHolidays);
  const [year = 0, month = 1] = earliest.split('-').map(Number);
  const due = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-${String(paymentDay).padStart(2, '0')}`;
  const thisMonth = due(year, month);
  const nominal = thisMonth >= earliest ? thisMonth : month === 12 ? due(year + 1, 1) : due(year, month + 1);
  return nextWorkingDay(nominal, rules.bankHolidays);
}
