import { z } from 'zod';
import { isIsoDate, readDateParts } from '../dates';
import { type CommonOptions, type IsOptional, makeField } from './common';
import type { Field } from './types';

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
  const check = z
    .unknown()
    .transform((value, context) => {
      if (typeof value === 'string') {
        if (isIsoDate(value)) return value;
        context.addIssue({ code: 'custom', message: 'error.date.real', path: ['day'] });
        return z.NEVER;
      }
      const result = readDateParts(typeof value === 'object' && value !== null ? value : {});
      if (result.ok) return result.date;
      if (result.problem === 'required') {
        context.addIssue({ code: 'custom', message: 'error.date.required', path: ['day'] });
      } else {
        const [first = 'day'] = result.parts;
        const message = result.problem === 'missing' ? 'error.date.missing' : 'error.date.real';
        context.addIssue({
          code: 'custom',
          message,
          path: [first],
          params: { parts: result.parts.map((part) => `date.part.${part}`) },
        });
      }
      return z.NEVER;
    })
    .transform((iso, context) => {
      if (options?.past && today && iso >= today) {
        context.addIssue({ code: 'custom', message: 'error.date.past', path: ['day'] });
      } else if (options?.future && today && iso <= today) {
        context.addIssue({ code: 'custom', message: 'error.date.future', path: ['day'] });
      } else if ((min !== undefined && iso < min) || (max !== undefined && iso > max)) {
        context.addIssue({
          code: 'custom',
          message: boundsKey(min, max),
          path: ['day'],
          params: { from: min ?? '', to: max ?? '', date: min ?? max ?? '' },
        });
      }
      return iso;
    })
    .pipe(z.iso.date());
  return makeField('date', options, check, 'error.date.required');
}
