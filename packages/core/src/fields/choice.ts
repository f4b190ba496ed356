import { z } from 'zod';
import { type CommonOptions, type IsOptional, makeField } from './common';
import type { Field, FieldOption } from './types';

/** Options for radios and select questions. */
export interface ChoiceOptions<Value extends string> extends CommonOptions {
  /** The answers offered, in order. */
  options: readonly (FieldOption & { value: Value })[];
  /** Show the options side by side (GOV.UK inline radios, for two short answers). */
  inline?: boolean;
}

function values<Value extends string>(options: readonly { value: Value }[]): [Value, ...Value[]] {
  const list = options.map((option) => option.value);
  if (list.length === 0) throw new TypeError('A choice question needs at least one option');
  return list as [Value, ...Value[]];
}

/** One answer from a short list, shown as GOV.UK radios. */
export function radios<const Value extends string, O extends ChoiceOptions<Value>>(
  options: O & ChoiceOptions<Value>,
): Field<Value, IsOptional<O>> {
  return makeField('radios', options, z.enum(values(options.options), 'error.choose'), 'error.choose', {
    options: options.options,
    ...(options.inline !== undefined && { inline: options.inline }),
  });
}

/** One answer from a longer list, shown as a GOV.UK select. Prefer radios for short lists. */
export function select<const Value extends string, O extends ChoiceOptions<Value>>(
  options: O & ChoiceOptions<Value>,
): Field<Value, IsOptional<O>> {
  return makeField('select', options, z.enum(values(options.options), 'error.choose'), 'error.choose', {
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
  const check = z
    .union([z.string(), z.array(z.string())], 'error.choose')
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(
      z
        .array(z.enum(values(options.options), 'error.choose'))
        .min(1, 'error.choose')
        .refine(
          (chosen) => chosen.length === 1 || !chosen.some((value) => exclusive.includes(value)),
          'error.exclusive',
        )
        .transform((chosen) => [...new Set(chosen)]),
    );
  return makeField('checkboxes', options, check, 'error.choose', {
    options: options.options,
    ...(options.inline !== undefined && { inline: options.inline }),
  });
}
