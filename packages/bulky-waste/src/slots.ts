import { addDaysIso, isIsoDate } from '@lgds/core';
import { type Weekday, weekdays } from './choices';
import type { BulkyWasteRules } from './rules';

/**
 * Where the collection dates a resident may choose come from. The default, {@link rulesSlots}, works them out from the
 * council's rules; a council whose waste system knows its rounds can give its own, with {@link bulkyWasteWith}.
 *
 * It is called while a page is built and while an answer is checked, so it must answer at once (no `await`): keep a
 * copy of what your waste system says (refreshed every few minutes on your server) and read from that. It must give
 * the same dates for the same `today` and rules each time it is asked during a booking, or a resident's chosen date
 * may no longer be offered when they send; give no dates at all and residents are told to call the council.
 */
export interface SlotProvider {
  /** The dates to offer, as `yyyy-MM-dd`, earliest first. */
  datesOffered(rules: BulkyWasteRules, today: string): readonly string[];
}

/** What {@link rulesSlots} needs besides the rules. */
export interface RulesSlotsOptions {
  /**
   * How many collections are already booked on a date: a date with `collection.bookingsPerDay` or more is not
   * offered. Without it, every date counts as having none, so the rules alone decide.
   */
  bookingsOn?: (date: string) => number;
}

/** How far ahead to look for dates: a year and a bit covers any council's days, bank holidays and full days. */
const lookAheadDays = 400;

/** The day of the week of a `yyyy-MM-dd` date. */
export function weekdayOf(isoDate: string): Weekday {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  // getUTCDay counts from Sunday (0); the list starts on Monday.
  const sundayFirst = new Date(new Date(0).setUTCFullYear(year, month - 1, day)).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7] as Weekday;
}

/**
 * The default slot provider: from `collection.leadDays` after today, the days the council collects
 * (`collection.days`), except `collection.noCollectionDates` and days already full (`bookingsOn`), until it has
 * `collection.datesOffered` dates.
 */
export function rulesSlots(options: RulesSlotsOptions = {}): SlotProvider {
  const bookingsOn = options.bookingsOn ?? (() => 0);
  return {
    datesOffered(rules, today) {
      if (!isIsoDate(today)) throw new RangeError(`today must be a real date written yyyy-MM-dd, not "${today}"`);
      const { days, leadDays, noCollectionDates, bookingsPerDay, datesOffered } = rules.collection;
      const offered: string[] = [];
      for (let ahead = leadDays; ahead <= leadDays + lookAheadDays && offered.length < datesOffered; ahead += 1) {
        const date = addDaysIso(today, ahead);
        if (!days.includes(weekdayOf(date)) || noCollectionDates.includes(date)) continue;
        if (bookingsOn(date) >= bookingsPerDay) continue;
        offered.push(date);
      }
      return offered;
    },
  };
}

/** The rules alone decide: no bookings are counted. */
export const defaultSlots: SlotProvider = /* @__PURE__ */ rulesSlots();
