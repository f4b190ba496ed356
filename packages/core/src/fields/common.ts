import type { Field, FieldProblem, FieldResult, FieldType, RevealedBy } from './types';

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

/** An answer read without a problem. */
export function ok<Output>(value: Output): FieldResult<Output> {
  return { ok: true, value };
}

/** A problem with an answer: its message key, and the box at fault and values for the message if any. */
export function problem(
  message: string,
  extra: Omit<FieldProblem, 'message'> = {},
): { ok: false; problem: FieldProblem } {
  return { ok: false, problem: { message, ...extra } };
}

/**
 * Builds a field from how it reads an answer that is there (`read`): a blank answer is no answer, which is fine when
 * the field is optional and otherwise gets the `requiredKey` message.
 */
export function makeField<Output, O extends CommonOptions>(
  type: FieldType,
  options: O | undefined,
  read: (value: unknown) => FieldResult<Output>,
  requiredKey: string,
  extra: Omit<Field, 'type' | 'parse' | 'optional' | 'revealedBy'> = {},
): Field<Output, IsOptional<O>> {
  // A revealed field is required when it shows (the step skips it when hidden), so only `optional` relaxes the check.
  const optional = Boolean(options?.optional || options?.revealedBy);
  const field: Field<Output, IsOptional<O>> = {
    type,
    parse: (input) => {
      const value = blankToUndefined(input);
      if (value !== undefined) return read(value);
      return options?.optional ? ok(undefined) : problem(requiredKey);
    },
    optional: optional as IsOptional<O>,
    ...extra,
  };
  if (options?.revealedBy) field.revealedBy = options.revealedBy;
  if (options?.autocomplete) field.autocomplete = options.autocomplete;
  return field;
}
