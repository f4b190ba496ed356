import type { LocalText, MessageRef } from '../messages/types';

/** The kinds of question a step can ask, each matching a GOV.UK Design System component. */
export type FieldType =
  | 'text'
  | 'email'
  | 'tel'
  | 'postcode'
  | 'number'
  | 'textarea'
  | 'radios'
  | 'checkboxes'
  | 'select'
  | 'date'
  | 'file';

/** One answer a choice question offers. Its words come from the messages unless the council's rules give them. */
export interface FieldOption {
  /** What is stored and submitted. */
  value: string;
  /** Words from the council's rules (a concession's name); otherwise the message `<step>.<field>.options.<value>`. */
  label?: LocalText;
  /**
   * Extra words under the label: the council's own from its rules, or a message with values from them (an item's price
   * before its note); otherwise the message `<step>.<field>.options.<value>.hint` if there is one.
   */
  hint?: LocalText | MessageRef;
  /** GOV.UK's "or" divider is shown before this option. */
  dividerBefore?: boolean;
  /** For checkboxes: choosing this option clears the others ("None of these"). */
  exclusive?: boolean;
}

/** Shows a field only when another field in the same step has a given answer (GOV.UK conditional reveal). */
export interface RevealedBy {
  /** The radios or checkboxes field that reveals this one. */
  field: string;
  /** The option that reveals it. */
  value: string;
}

/** A problem with one answer, in the engine's terms: a message key, the box it is in and values for the message. */
export interface FieldProblem {
  /** The message key, such as `error.required` or a transaction's own `account.reference.error.format`. */
  message: string;
  /** For a question of several boxes, the box at fault (a date's `month`). */
  path?: readonly string[];
  /** Values for the message's placeholders (`{max}`), or a date's boxes at fault as `parts`. */
  params?: Readonly<Record<string, unknown>>;
}

/** What reading one answer found: the answer (absent when optional and left blank), or its first problem. */
export type FieldResult<Output> = { ok: true; value: Output | undefined } | { ok: false; problem: FieldProblem };

/**
 * A question on a page: how to render it and how to read its answer. `parse` reads what a form posts (strings, date
 * parts) and what it returns, so stored answers can be checked again. Plain code, not a schema library: it runs on
 * every keystroke in the browser, where every kilobyte counts; the payload's zod schema is built from it on the
 * server.
 */
export interface Field<Output = unknown, Optional extends boolean = boolean> {
  /** Which GOV.UK component renders it. */
  type: FieldType;
  /** Reads the posted or stored value when the field is shown: the answer, or the first problem as a message key. */
  parse(input: unknown): FieldResult<Output>;
  /** Whether the answer may be absent: the resident may leave it blank, or it is revealed only by some answers. */
  optional: Optional;
  /** The field and answer that reveal this one, if it is conditional. */
  revealedBy?: RevealedBy;
  /** The HTML `autocomplete` token that lets browsers fill it in. */
  autocomplete?: string;
  /** The HTML `inputmode`, for the right on-screen keyboard. */
  inputmode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
  /** Whether the browser should check spelling. */
  spellcheck?: boolean;
  /** The GOV.UK fixed or fluid width class suffix (`10`, `20`, `one-third`). */
  width?: string;
  /** For textareas and text inputs: the most characters allowed. */
  maxLength?: number;
  /** For textareas: visible rows. */
  rows?: number;
  /** For numbers: the smallest answer allowed. */
  min?: number;
  /** For numbers: the largest answer allowed. */
  max?: number;
  /** For radios, checkboxes and select: the answers offered. */
  options?: readonly FieldOption[];
  /** For radios and checkboxes: show the options side by side. */
  inline?: boolean;
  /** For file uploads: the most files, the largest file in bytes and the MIME types allowed. */
  files?: FileLimits;
  /**
   * How check answers shows an answer of this question's own kind (a file by its name and size), one line an item.
   * Kept with the question, so a page without such questions carries none of it.
   */
  describe?: (answer: unknown) => string[];
}

/** What a file upload question allows: the server refuses anything else before keeping a byte of it. */
export interface FileLimits {
  /** The most files at once. */
  max: number;
  /** The largest file, in bytes. */
  maxBytes: number;
  /** The MIME types allowed, such as `application/pdf`. */
  accept: readonly string[];
}

/** The fields of a step, keyed by their form names. */
export type FieldMap = Readonly<Record<string, Field>>;

type RequiredKeys<F extends FieldMap> = { [K in keyof F]: F[K] extends Field<unknown, false> ? K : never }[keyof F];
type OptionalKeys<F extends FieldMap> = Exclude<keyof F, RequiredKeys<F>>;
type OutputOf<T> = T extends Field<infer Output, boolean> ? Output : never;

/** The answers one step stores, inferred from its fields: optional and conditional fields may be absent. */
export type FieldValues<F extends FieldMap> = {
  -readonly [K in RequiredKeys<F>]: OutputOf<F[K]>;
} & {
  -readonly [K in OptionalKeys<F>]?: OutputOf<F[K]>;
};
