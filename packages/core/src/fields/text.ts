import { z } from 'zod';
import type { LocalText } from '../messages/types';
import { normalisePostcode } from '../postcode';
import { type CommonOptions, type IsOptional, makeField } from './common';
import type { Field } from './types';

/** Options for text questions. */
export interface TextOptions extends CommonOptions {
  /** The most characters allowed (GOV.UK: "must be N characters or less"). Defaults to 500 for inputs, 5000 for textareas. */
  maxLength?: number;
  /**
   * A pattern the answer must match, with the message key to show when it does not and values for its
   * placeholders (a council's own description of the format, say).
   */
  pattern?: { regex: RegExp; message: string; params?: Readonly<Record<string, string | number | LocalText>> };
  /** GOV.UK input width suffix: `2`, `3`, `4`, `5`, `10`, `20`, `30`, or a fluid width such as `one-half`. */
  width?: string;
  /** Whether browsers should check spelling (off for names and references). */
  spellcheck?: boolean;
  /** Tidies the answer before it is checked and stored, such as upper-casing a reference typed in lower case. */
  normalise?: (text: string) => string;
}

function limitedText(maxLength: number, options: TextOptions | undefined) {
  const limited = z.string().max(maxLength, 'error.tooLong');
  const pattern = options?.pattern;
  const checked = pattern
    ? limited.refine((text) => pattern.regex.test(text), { message: pattern.message, params: { ...pattern.params } })
    : limited;
  const { normalise } = options ?? {};
  // The length is checked before tidying, so a huge post is refused before any work is done on it.
  return normalise ? z.string().max(maxLength, 'error.tooLong').transform(normalise).pipe(checked) : checked;
}

/** A one-line text answer, such as a name. */
export function text<const O extends TextOptions>(options?: O): Field<string, IsOptional<O>> {
  const maxLength = options?.maxLength ?? 500;
  return makeField('text', options, limitedText(maxLength, options), 'error.required', {
    maxLength,
    ...(options?.width !== undefined && { width: options.width }),
    ...(options?.spellcheck !== undefined && { spellcheck: options.spellcheck }),
  });
}

/** A longer answer in a textarea. */
export function textarea<const O extends TextOptions & { rows?: number }>(options?: O): Field<string, IsOptional<O>> {
  const maxLength = options?.maxLength ?? 5000;
  return makeField('textarea', options, limitedText(maxLength, options), 'error.required', {
    maxLength,
    rows: options?.rows ?? 5,
  });
}

/** An email address, checked for the right format. */
export function email<const O extends CommonOptions>(options?: O): Field<string, IsOptional<O>> {
  return makeField(
    'email',
    options,
    z.string().max(256, 'error.tooLong').pipe(z.email('error.email')),
    'error.required',
    {
      autocomplete: 'email',
      spellcheck: false,
      maxLength: 256,
    },
  );
}

// A UK number (01632 960 001, 07700 900 982) or an international one (+44 808 157 0192).
// Residents type spaces, dashes, dots and brackets: they are allowed and kept.
const phoneNumber = /^(?:\+|00)?[\d]{7,15}$/;

/** A telephone number, UK or international, typed the way the resident writes it. */
export function tel<const O extends CommonOptions>(options?: O): Field<string, IsOptional<O>> {
  const check = z
    .string()
    .max(40, 'error.phone')
    .refine((value) => phoneNumber.test(value.replace(/[\s\-().]/g, '')), 'error.phone');
  return makeField('tel', options, check, 'error.required', {
    autocomplete: 'tel',
    width: '20',
    spellcheck: false,
  });
}

/**
 * A UK postcode. Checked and stored the way Royal Mail writes it, so
 * `sw1a2aa` is stored as `SW1A 2AA`.
 */
export function postcode<const O extends CommonOptions>(options?: O): Field<string, IsOptional<O>> {
  const check = z
    .string()
    .transform((value, context) => {
      const normalised = normalisePostcode(value);
      if (normalised === undefined) context.addIssue({ code: 'custom', message: 'error.postcode' });
      return normalised ?? z.NEVER;
    })
    .pipe(z.string());
  return makeField('postcode', options, check, 'error.required', {
    autocomplete: 'postal-code',
    width: '10',
    spellcheck: false,
  });
}
