/**
 * The months' names, for writing dates (through each language's words, so a page carries only its own language's) and
 * for reading a month typed as a name, which a date question accepts in either language ("Ebrill" on an English
 * page). Not `Intl`: Chrome ships no Welsh month names.
 */
export const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The months in Welsh, January first. */
export const welshMonths = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

/** A message key for a month's name, 1 to 12: `month.4` is April. */
export type MonthKey = `month.${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;

/** A language's month names as messages (`month.1` to `month.12`), for its catalogue of the engine's words. */
export function monthWords(names: readonly string[]): Record<MonthKey, string> {
  return Object.fromEntries(names.map((name, index) => [`month.${index + 1}`, name])) as Record<MonthKey, string>;
}
