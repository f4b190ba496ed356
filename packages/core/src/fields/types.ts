import type { z } from 'zod';
import type { LocalText } from '../messages/types';

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
  | 'date';

/** One answer a choice question offers. Its words come from the messages unless the council's rules give them. */
export interface FieldOption {
  /** What is stored and submitted. */
  value: string;
  /** Words from the council's rules (a concession's name); otherwise the message `<step>.<field>.options.<value>`. */
  label?: LocalText;
  /** Extra words under the label, from the rules; otherwise the message `<step>.<field>.options.<value>.hint` if there is one. */
  hint?: LocalText;
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

/**
 * A question on a page: how to render it and the zod schema that checks it.
 * The schema reads what a form posts (strings, date parts) and what it
 * returns, so stored answers can be checked again.
 */
export interface Field<Output = unknown, Optional extends boolean = boolean> {
  /** Which GOV.UK component renders it. */
  type: FieldType;
  /** Checks the posted value when the field is shown; each issue's message is a message key such as `error.required`. */
  schema: z.ZodType<Output | undefined>;
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
  /** For radios, checkboxes and select: the answers offered. */
  options?: readonly FieldOption[];
  /** For radios and checkboxes: show the options side by side. */
  inline?: boolean;
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
