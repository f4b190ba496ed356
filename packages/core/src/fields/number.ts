import { type CommonOptions, type IsOptional, makeField, ok, problem } from './common';
import type { Field, FieldResult } from './types';

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

/** A whole number typed into a box, such as how many bins. Commas and spaces are allowed ("1,000"). */
export function number<const O extends NumberOptions>(options?: O): Field<number, IsOptional<O>> {
  const min = options?.min;
  const max = options?.max;
  const check = (value: unknown): FieldResult<number> => {
    if (typeof value !== 'number' && (typeof value !== 'string' || value.length > 40)) return problem('error.number');
    const cleaned = typeof value === 'number' ? String(value) : value.replace(/[,\s]/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return problem('error.number');
    const parsed = Number(cleaned);
    if (!Number.isSafeInteger(parsed)) return problem(Number.isInteger(parsed) ? 'error.number' : 'error.wholeNumber');
    if ((min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
      return problem(rangeKey(min, max), { params: { min: min ?? '', max: max ?? '' } });
    }
    return ok(parsed);
  };
  return makeField('number', options, check, 'error.required', {
    inputmode: 'numeric',
    width: '5',
    spellcheck: false,
    ...(min !== undefined && { min }),
    ...(max !== undefined && { max }),
  });
}
