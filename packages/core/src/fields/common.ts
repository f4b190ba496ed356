import { z } from 'zod';
import type { Field, FieldType, RevealedBy } from './types';

/** Options every field helper takes. */
export interface CommonOptions {
  /** The resident may leave it blank; the answer is then absent. */
  optional?: boolean;
  /** Show this field only when another field in the step has a given answer. */
  revealedBy?: RevealedBy;
  /** The HTML `autocomplete` token. */
  autocomplete?: string;
}

/** Whether a field built with these options may be absent from the answers. */
export type IsOptional<O> = O extends { optional: true } ? true : O extends { revealedBy: RevealedBy } ? true : false;

/**
 * Trims text and treats a blank box as no answer, as every GOV.UK form does:
 * so are a date input with all three boxes blank and no boxes ticked.
 */
export function blankToUndefined(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const parts = Object.values(value);
    return parts.every((part) => typeof part !== 'string' || part.trim() === '') ? undefined : value;
  }
  return value;
}

/**
 * Wraps a field's checks: blanks become "no answer", and no answer is either
 * allowed (optional and conditional fields) or the field's "required" error.
 */
export function makeField<Output, O extends CommonOptions>(
  type: FieldType,
  options: O | undefined,
  check: z.ZodType<Output>,
  requiredKey: string,
  extra: Omit<Field, 'type' | 'schema' | 'optional' | 'revealedBy'> = {},
): Field<Output, IsOptional<O>> {
  // A revealed field is required when it shows (the step skips it when hidden), so only `optional` relaxes the check.
  const optional = Boolean(options?.optional || options?.revealedBy);
  const present = z.any().refine((value) => value !== undefined, requiredKey);
  const schema = z.preprocess(blankToUndefined, options?.optional ? check.optional() : present.pipe(check));
  const field: Field<Output, IsOptional<O>> = {
    type,
    schema: schema as z.ZodType<Output | undefined>,
    optional: optional as IsOptional<O>,
    ...extra,
  };
  if (options?.revealedBy) field.revealedBy = options.revealedBy;
  if (options?.autocomplete) field.autocomplete = options.autocomplete;
  return field;
}
