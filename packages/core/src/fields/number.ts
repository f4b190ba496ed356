import { z } from 'zod';
import { type CommonOptions, type IsOptional, makeField } from './common';
import type { Field } from './types';

/** Options for a whole-number question. */
export interface NumberOptions extends CommonOptions {
  /** The smallest number allowed. */
  min?: number;
  /** The largest number allowed. */
  max?: number;
}

function rangeKey(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return 'error.numberBetween';
  return min !== undefined ? 'error.numberAtLeast' : 'error.numberAtMost';
}

// The bounds are checked above with GOV.UK wording; repeating them here puts them in the JSON Schema.
function bounded(min: number | undefined, max: number | undefined) {
  const whole = z.int();
  const atLeast = min === undefined ? whole : whole.min(min);
  return max === undefined ? atLeast : atLeast.max(max);
}

/** A whole number typed into a box, such as how many bins. Commas and spaces are allowed ("1,000"). */
export function number<const O extends NumberOptions>(options?: O): Field<number, IsOptional<O>> {
  const min = options?.min;
  const max = options?.max;
  const check = z
    .union([z.number(), z.string().max(40, 'error.number')], 'error.number')
    .transform((value, context) => {
      const cleaned = typeof value === 'number' ? String(value) : value.replace(/[,\s]/g, '');
      if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
        context.addIssue({ code: 'custom', message: 'error.number' });
        return z.NEVER;
      }
      const parsed = Number(cleaned);
      if (!Number.isSafeInteger(parsed)) {
        context.addIssue({ code: 'custom', message: Number.isInteger(parsed) ? 'error.number' : 'error.wholeNumber' });
        return z.NEVER;
      }
      if ((min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
        context.addIssue({ code: 'custom', message: rangeKey(min, max), params: { min: min ?? '', max: max ?? '' } });
        return z.NEVER;
      }
      return parsed;
    })
    .pipe(bounded(min, max));
  return makeField('number', options, check, 'error.required', { inputmode: 'numeric', width: '5', spellcheck: false });
}
