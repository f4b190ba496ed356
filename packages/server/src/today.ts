import { createTranslator, formatDate, type Locale } from '@lgds/core';

// Councils' days start at midnight in the UK, whatever time zone the server runs in (cloud servers run in UTC,
// which would put the date an hour behind all summer).
const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let cached = { minute: Number.NaN, date: '' };

/** Today's date in the UK as `yyyy-MM-dd`. Worked out once a minute: a page asks for it many times. */
export function londonToday(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== cached.minute) cached = { minute, date: londonDate.format(now) };
  return cached.date;
}

/** A moment's day in the UK, in words in a language: `1 April 2027`, `1 Ebrill 2027`. */
export function dateInWords(when: Date, locale: Locale): string {
  return formatDate(londonToday(when), createTranslator(locale, []));
}
