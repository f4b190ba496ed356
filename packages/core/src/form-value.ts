import type { Field } from './fields/types';
import type { PostedValue } from './server';

/**
 * What a question's form control shows for a stored answer (a number, an ISO date) or for what was posted (text,
 * ticked boxes, a date's boxes), so a page rendered from saved answers and one rendered after a failed post look the
 * same: text, the ticked values, or a date's three boxes (`2027-04-01` shows 1, 4 and 2027).
 */
export function formValue(field: Field, value: unknown): PostedValue {
  if (field.type === 'date') {
    if (typeof value === 'string') {
      const [year = '', month = '', day = ''] = value.split('-');
      return { day: String(Number(day) || ''), month: String(Number(month) || ''), year };
    }
    const parts = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<string, unknown>>;
    const box = (part: string) => (typeof parts[part] === 'string' ? (parts[part] as string) : '');
    return { day: box('day'), month: box('month'), year: box('year') };
  }
  if (field.type === 'checkboxes')
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  return value === undefined || value === null ? '' : String(value);
}
