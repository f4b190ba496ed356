import { type DateParts, type Field, readDateParts } from '@lgds/core';

/** What a form control shows: text, the ticked values, or a date's three boxes. */
export type ShownValue = string | string[] | DateParts;

/**
 * Turns a stored answer (a number, an ISO date) or a posted value (text, date boxes) into what the control shows,
 * so a page rendered from saved answers and one rendered after a failed post look the same.
 */
export function shownValue(field: Field, value: unknown): ShownValue {
  if (field.type === 'date') return dateBoxes(value);
  if (field.type === 'checkboxes')
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  return value === undefined || value === null ? '' : String(value);
}

/** A date's three boxes from a stored ISO date (`2027-04-01` → 1, 4, 2027) or from boxes as posted. */
function dateBoxes(value: unknown): DateParts {
  if (typeof value === 'string') {
    const [year = '', month = '', day = ''] = value.split('-');
    return { day: String(Number(day) || ''), month: String(Number(month) || ''), year };
  }
  const parts = (typeof value === 'object' && value !== null ? value : {}) as Partial<DateParts>;
  return { day: parts.day ?? '', month: parts.month ?? '', year: parts.year ?? '' };
}

/** Which boxes of a date input to mark as wrong: the ones the resident got wrong, or all three. */
export function wrongDateParts(value: unknown): readonly string[] {
  const result = readDateParts(dateBoxes(value));
  return !result.ok && result.problem !== 'required' ? result.parts : ['day', 'month', 'year'];
}
