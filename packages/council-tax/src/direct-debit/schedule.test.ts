import { addDaysIso } from '@lgds/core';
import { describe, expect, it } from 'vitest';
import { presets } from './presets';
import { addWorkingDays, firstPaymentDate, isWorkingDay, nextWorkingDay } from './schedule';

// When the first payment is taken: the council's notice in working days (Monday to Friday, not the bank holidays
// it lists), then the first chosen day of a month on or after that, moved to the next working day if need be.

const holidays = presets.northmoor.bankHolidays;
const noHolidays: readonly string[] = [];

describe('working days', () => {
  it('are Monday to Friday, except the bank holidays listed', () => {
    expect(isWorkingDay('2026-11-16', noHolidays)).toBe(true); // Monday
    expect(isWorkingDay('2026-11-21', noHolidays)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22', noHolidays)).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-28', noHolidays)).toBe(true);
    expect(isWorkingDay('2026-12-28', holidays)).toBe(false); // the Boxing Day holiday, moved to Monday
  });

  it('are counted from the day after, skipping weekends and bank holidays', () => {
    expect(addWorkingDays('2026-11-16', 10, noHolidays)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-16', 14, noHolidays)).toBe('2026-12-04');
    expect(addWorkingDays('2026-11-21', 1, noHolidays)).toBe('2026-11-23'); // from a Saturday
    // Over Christmas: 25 and 28 December and 1 January are bank holidays.
    expect(addWorkingDays('2026-12-18', 10, noHolidays)).toBe('2027-01-01');
    expect(addWorkingDays('2026-12-18', 10, holidays)).toBe('2027-01-06');
  });

  it('move a date that is not one to the next that is', () => {
    expect(nextWorkingDay('2026-12-01', holidays)).toBe('2026-12-01');
    expect(nextWorkingDay('2027-05-01', noHolidays)).toBe('2027-05-03'); // Saturday to Monday
    expect(nextWorkingDay('2027-05-01', holidays)).toBe('2027-05-04'); // and past the early May bank holiday
  });
});

describe('the first payment date', () => {
  const northmoor = { noticeDays: 10, bankHolidays: holidays };

  it.each([
    // Applying on Monday 16 November 2026: the earliest date is Monday 30 November.
    { today: '2026-11-16', day: 1, first: '2026-12-01', why: 'the next 1st after the notice' },
    { today: '2026-11-16', day: 15, first: '2026-12-15', why: 'the 15th of November is too soon' },
    { today: '2026-11-16', day: 28, first: '2026-12-29', why: 'the 28th of December is a bank holiday' },
    // Applying on Monday 2 November 2026: the earliest date is Monday 16 November.
    { today: '2026-11-02', day: 16, first: '2026-11-16', why: 'the earliest date itself' },
    { today: '2026-11-02', day: 23, first: '2026-11-23', why: 'later in the same month' },
    { today: '2026-11-02', day: 15, first: '2026-12-15', why: 'a day before the earliest date' },
    // Applying on Monday 14 December 2026: the notice runs past Christmas to Wednesday 30 December.
    { today: '2026-12-14', day: 1, first: '2027-01-04', why: 'into the new year, past New Year’s Day' },
    // Applying on Monday 12 April 2027: 1 May is a Saturday and 3 May a bank holiday.
    { today: '2027-04-12', day: 1, first: '2027-05-04', why: 'past a weekend and a bank holiday' },
  ])('is $first for the $day applying on $today: $why', ({ today, day, first }) => {
    expect(firstPaymentDate(northmoor, day, today)).toBe(first);
  });

  it('is 1 December 2026 for the 1st, applying on 16 November with Bacs’ 10 working days', () => {
    expect(firstPaymentDate({ noticeDays: 10, bankHolidays: [] }, 1, '2026-11-16')).toBe('2026-12-01');
  });

  it('waits for Enghraifft’s 14 working days, and New Year’s Day, before the 1st', () => {
    expect(firstPaymentDate(presets.enghraifft, 1, '2026-11-16')).toBe('2027-01-04');
    expect(firstPaymentDate(presets.enghraifft, 8, '2026-11-16')).toBe('2026-12-08');
  });

  it('is the chosen day (or the working day after it) within a month of the notice, whenever the resident applies', () => {
    for (let offset = 0; offset < 366; offset += 3) {
      const applied = addDaysIso('2026-04-01', offset);
      const earliest = addWorkingDays(applied, 10, holidays);
      for (let day = 1; day <= 28; day += 1) {
        const first = firstPaymentDate(northmoor, day, applied);
        expect(first >= earliest).toBe(true);
        expect(first < addDaysIso(earliest, 38)).toBe(true);
        expect(isWorkingDay(first, holidays)).toBe(true);
        const due = [0, 1, 2, 3, 4, 5]
          .map((back) => addDaysIso(first, -back))
          .find((date) => Number(date.slice(8)) === day);
        expect(due && nextWorkingDay(due, holidays)).toBe(first);
      }
    }
  });
});
