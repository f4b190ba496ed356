import { type CommonOptions, type IsOptional, makeField, ok, problem } from './common';
import type { Field, FieldOption, FieldResult } from './types';

/** Options for radios and select questions. */
export interface ChoiceOptions<Value extends string> extends CommonOptions {
  /** The answers offered, in order. */
  options: readonly (FieldOption & { value: Value })[];
  /** Show the options side by side (GOV.UK inline radios, for two short answers). */
  inline?: boolean;
}

/** Reads one of the options' values; anything else gets "Select …" (`error.choose`). */
function oneOf<Value extends string>(options: readonly { value: Value }[]) {
  const list: readonly string[] = options.map((option) => option.value);
  if (list.length === 0) throw new TypeError('A choice question needs at least one option');
  return (value: unknown): FieldResult<Value> =>
    typeof value === 'string' && list.includes(value) ? ok(value as Value) : problem('error.choose');
}

/** One answer from a short list, shown as GOV.UK radios. */
export function radios<const Value extends string, O extends ChoiceOptions<Value>>(
  options: O & ChoiceOptions<Value>,
): Field<Value, IsOptional<O>> {
  return makeField('radios', options, oneOf(options.options), 'error.choose', {
    options: options.options,
    ...(options.inline !== undefined && { inline: options.inline }),
  });
}

/** One answer from a longer list, shown as a GOV.UK select. Prefer radios for short lists. */
export function select<const Value extends string, O extends ChoiceOptions<Value>>(
  options: O & ChoiceOptions<Value>,
): Field<Value, IsOptional<O>> {
  return makeField('select', options, oneOf(options.options), 'error.choose', {
    options: options.options,
  });
}

/**
 * Any number of answers from a list, shown as GOV.UK checkboxes. One box
 * ticked posts a string and several post a list: both are read as a list.
 * An option marked `exclusive` ("None of these") cannot be chosen with others.
 */
export function checkboxes<const Value extends string, O extends ChoiceOptions<Value>>(
  options: O & ChoiceOptions<Value>,
): Field<Value[], IsOptional<O>> {
  const exclusive = options.options.filter((option) => option.exclusive).map((option) => option.value);
  const isOffered = oneOf(options.options);
  const check = (value: unknown): FieldResult<Value[]> => {
    const ticked = Array.isArray(value) ? value : [value];
    if (ticked.length === 0 || !ticked.every((one) => isOffered(one).ok)) return problem('error.choose');
    const chosen = [...new Set(ticked as Value[])];
    return chosen.length === 1 || !chosen.some((one) => exclusive.includes(one))
      ? ok(chosen)
      : problem('error.exclusive');
  };
  return makeField('checkboxes', options, check, 'error.choose', {
    options: options.options,
    ...(options.inline !== undefined && { inline: options.inline }),
  });
}
