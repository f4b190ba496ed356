import { type DateParts, type Field, readDateParts } from '@lgds/core';

/** What a form control shows: text, the ticked values, or a date's three boxes. */
export type ShownValue = string | string[] | DateParts;

/**
 * Turns a stored answer (a number, an ISO date) or a posted value (text, date boxes) into what the control shows,
 * so a page rendered from saved answers and one rendered after a failed post look the same.
 */
export function shownValue(field: Field, value: unknown): ShownValue {
  if (field.type === 'date') {
    if (typeof value === 'string') {
      const [year = '', month = '', day = ''] = value.split('-');
      return { day: String(Number(day) || ''), month: String(Number(month) || ''), year };
    }
    const parts = (typeof value === 'object' && value !== null ? value : {}) as Partial<DateParts>;
    return { day: parts.day ?? '', month: parts.month ?? '', year: parts.year ?? '' };
  }
  if (field.type === 'checkboxes')
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  return value === undefined || value === null ? '' : String(value);
}

/** Which boxes of a date input to mark as wrong: the ones the resident got wrong, or all three. */
export function wrongDateParts(value: unknown): readonly string[] {
  const parts = shownValue({ type: 'date' } as Field, value) as DateParts;
  const result = readDateParts(parts);
  return !result.ok && result.problem !== 'required' ? result.parts : ['day', 'month', 'year'];
}
