import type { LocalText } from '../messages/types';
import { normalisePostcode } from '../postcode';
import { type CommonOptions, type IsOptional, makeField, ok, problem } from './common';
import type { Field, FieldResult } from './types';

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

/** Reads text of at most `maxLength` characters (`tooLong` otherwise), then checks it as `then` says. */
function limited(maxLength: number, tooLong: string, then: (text: string) => FieldResult<string>) {
  return (value: unknown): FieldResult<string> => {
    if (typeof value !== 'string') return problem('error.invalid');
    return value.length > maxLength ? problem(tooLong, { params: { max: maxLength } }) : then(value);
  };
}

function limitedText(maxLength: number, options: TextOptions | undefined) {
  const { normalise, pattern } = options ?? {};
  const matches = (text: string) =>
    !pattern || pattern.regex.test(text) ? ok(text) : problem(pattern.message, { params: { ...pattern.params } });
  // The length is checked before tidying, so a huge post is refused before any work is done on it.
  return limited(maxLength, 'error.tooLong', (text) => {
    if (!normalise) return matches(text);
    const tidied = normalise(text);
    return tidied.length > maxLength ? problem('error.tooLong', { params: { max: maxLength } }) : matches(tidied);
  });
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
    limited(256, 'error.tooLong', (text) => (emailAddress.test(text) ? ok(text) : problem('error.email'))),
    'error.required',
    {
      autocomplete: 'email',
      spellcheck: false,
      maxLength: 256,
    },
  );
}

// zod's email pattern (a test keeps them the same): the payload's schema says `format: email` with zod's, so an
// address this accepts is one the schema accepts too.
const emailAddress =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

// A UK number (01632 960 001, 07700 900 982) or an international one (+44 808 157 0192).
// Residents type spaces, dashes, dots and brackets: they are allowed and kept.
const phoneNumber = /^(?:\+|00)?[\d]{7,15}$/;

/** A telephone number, UK or international, typed the way the resident writes it. */
export function tel<const O extends CommonOptions>(options?: O): Field<string, IsOptional<O>> {
  const check = limited(40, 'error.phone', (text) =>
    phoneNumber.test(text.replace(/[\s\-().]/g, '')) ? ok(text) : problem('error.phone'),
  );
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
  const check = (value: unknown): FieldResult<string> => {
    const normalised = typeof value === 'string' ? normalisePostcode(value) : undefined;
    return normalised === undefined ? problem('error.postcode') : ok(normalised);
  };

  return makeField('postcode', options, check, 'error.required', {
    autocomplete: 'postal-code',
    width: '10',
    spellcheck: false,
  });
}
