import { isIsoDate, readDateParts } from '../dates';
import { type CommonOptions, type IsOptional, makeField, ok, problem } from './common';
import type { Field, FieldResult } from './types';

/** Options for a date question. Dates are ISO strings (`2027-04-01`); the bounds are inclusive. */
export interface DateOptions extends CommonOptions {
  /** The earliest date allowed. */
  min?: string;
  /** The latest date allowed. */
  max?: string;
  /** The date must be before `today` ("must be in the past"). Needs `today`. */
  past?: boolean;
  /** The date must be after `today` ("must be in the future"). Needs `today`. */
  future?: boolean;
  /** Today's date, for `past` and `future`: steps get it from their context. */
  today?: string;
}

function boundsKey(min: string | undefined, max: string | undefined): string {
  if (min !== undefined && max !== undefined) return 'error.date.between';
  return min !== undefined ? 'error.date.onOrAfter' : 'error.date.onOrBefore';
}

/**
 * A date typed into the GOV.UK day, month and year boxes. Reads the boxes
 * (or an ISO date already stored) and stores an ISO date.
 */
export function date<const O extends DateOptions>(options?: O): Field<string, IsOptional<O>> {
  if ((options?.past || options?.future) && !options.today) {
    throw new TypeError('A date question that must be in the past or future needs today’s date');
  }
  const { min, max, today } = options ?? {};
  const inRange = (iso: string): FieldResult<string> => {
    if (options?.past && today && iso >= today) return problem('error.date.past', { path: ['day'] });
    if (options?.future && today && iso <= today) return problem('error.date.future', { path: ['day'] });
    if ((min !== undefined && iso < min) || (max !== undefined && iso > max)) {
      const params = { from: min ?? '', to: max ?? '', date: min ?? max ?? '' };
      return problem(boundsKey(min, max), { path: ['day'], params });
    }
    return ok(iso);
  };
  const check = (value: unknown): FieldResult<string> => {
    if (typeof value === 'string')
      return isIsoDate(value) ? inRange(value) : problem('error.date.real', { path: ['day'] });
    const result = readDateParts(typeof value === 'object' && value !== null ? value : {});
    if (result.ok) return inRange(result.date);
    if (result.problem === 'required') return problem('error.date.required', { path: ['day'] });
    const [first = 'day'] = result.parts;
    return problem(result.problem === 'missing' ? 'error.date.missing' : 'error.date.real', {
      path: [first],
      params: { parts: result.parts.map((part) => `date.part.${part}`) },
    });
  };
  return makeField('date', options, check, 'error.date.required');
}
