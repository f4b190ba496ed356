import type { Locale } from './types';

/**
 * The months in English and Welsh, for writing dates and for reading a month typed as a name. Both languages' names
 * are here, small as they are, because a month box accepts either whatever the page's language ("Ebrill" on an
 * English page). Not `Intl`: Chrome ships no Welsh month names.
 */
export const monthNames: Readonly<Record<Locale, readonly string[]>> = {
  en: [
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
  ],
  cy: [
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
  ],
};
