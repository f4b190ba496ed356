import {
  englishMonths,
  formatDate,
  type Locale,
  type LocalText,
  monthWords,
  type Translator,
  welshMonths,
} from '@lgds/core';
import { weekdayOf } from './slots';

// The collection dates are radio options, whose words must be given in both languages when the page is built (a
// step's fields know the rules, not the resident's language). So the dates are written here, in English and Welsh,
// with @lgds/core's formatDate and month names and the days' names here: a few hundred bytes, the only words a page carries in
// both languages. Everything else a resident reads is in messages/en.ts and messages/cy.ts.

const calendar: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    'weekday.monday': 'Monday',
    'weekday.tuesday': 'Tuesday',
    'weekday.wednesday': 'Wednesday',
    'weekday.thursday': 'Thursday',
    'weekday.friday': 'Friday',
    'weekday.saturday': 'Saturday',
    'weekday.sunday': 'Sunday',
    ...monthWords(englishMonths),
  },
  cy: {
    'weekday.monday': 'Dydd Llun',
    'weekday.tuesday': 'Dydd Mawrth',
    'weekday.wednesday': 'Dydd Mercher',
    'weekday.thursday': 'Dydd Iau',
    'weekday.friday': 'Dydd Gwener',
    'weekday.saturday': 'Dydd Sadwrn',
    'weekday.sunday': 'Dydd Sul',
    ...monthWords(welshMonths),
  },
};

/** A translator over the calendar's words alone (not @lgds/core's createTranslator, which brings both languages' words). */
function calendarTranslator(locale: Locale): Translator {
  const words = calendar[locale];
  return Object.assign((key: string) => words[key] ?? key, { locale, has: (key: string) => Object.hasOwn(words, key) });
}

/**
 * A date with its day of the week, as GOV.UK writes it, in English and Welsh: "Tuesday 12 May 2026", "Dydd Mawrth
 * 12 Mai 2026". In a sentence (`inSentence`), after "ar" or "tan", the Welsh day is soft-mutated and lower case:
 * "ar ddydd Mawrth 12 Mai 2026".
 */
export function writtenDate(isoDate: string, options: { inSentence?: boolean } = {}): LocalText {
  const key = `weekday.${weekdayOf(isoDate)}`;
  const english = calendarTranslator('en');
  const welsh = calendarTranslator('cy');
  const welshDay = options.inSentence ? welsh(key).replace(/^Dydd /, 'ddydd ') : welsh(key);
  return {
    en: `${english(key)} ${formatDate(isoDate, english)}`,
    cy: `${welshDay} ${formatDate(isoDate, welsh)}`,
  };
}

/** A time of day "HH:mm" as GOV.UK writes it, in English and Welsh: "7am", "6:30pm", "midday", "midnight". */
export function writtenTime(time: string): LocalText {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (minutes === 0 && hours === 12) return { en: 'midday', cy: 'canol dydd' };
  if (minutes === 0 && hours === 0) return { en: 'midnight', cy: 'canol nos' };
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  const written = `${hour}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}${hours < 12 ? 'am' : 'pm'}`;
  return { en: written, cy: written };
}
