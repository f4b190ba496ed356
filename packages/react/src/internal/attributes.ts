/**
 * govuk-frontend's `attributes` option: a value, or `{ value, optional }` where an optional attribute is left
 * out when empty and written bare when `true` (as `govukAttributes` does in the Nunjucks macros).
 */
export type Attributes = Readonly<
  Record<
    string,
    string | number | boolean | null | undefined | { value?: string | number | boolean | null; optional?: boolean }
  >
>;

// HTML attribute names whose React prop names differ. Anything else (data-*, aria-*) passes through as is.
const reactNames: Readonly<Record<string, string>> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  minlength: 'minLength',
  autocomplete: 'autoComplete',
  autocapitalize: 'autoCapitalize',
  autofocus: 'autoFocus',
  spellcheck: 'spellCheck',
  inputmode: 'inputMode',
  enterkeyhint: 'enterKeyHint',
  contenteditable: 'contentEditable',
  crossorigin: 'crossOrigin',
  accesskey: 'accessKey',
  novalidate: 'noValidate',
  formnovalidate: 'formNoValidate',
  hreflang: 'hrefLang',
  srcset: 'srcSet',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  datetime: 'dateTime',
};

// React writes these as bare attributes from `true` and drops them for falsy values, so text values become `true`.
const booleanAttributes = new Set([
  'hidden',
  'disabled',
  'required',
  'readonly',
  'checked',
  'multiple',
  'autofocus',
  'novalidate',
  'open',
]);

/** Turns govuk-frontend `attributes` into React props, with the names React expects. */
export function attributeProps(attributes: Attributes | undefined): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(attributes ?? {})) {
    const described = typeof raw === 'object' && raw !== null;
    const value = described ? raw.value : raw;
    const optional = described && raw.optional === true;
    if (optional && (value === null || value === undefined || value === false)) continue;
    const key = reactNames[name.toLowerCase()] ?? name;
    if (booleanAttributes.has(name.toLowerCase())) props[key] = true;
    else if (optional && value === true) props[key] = '';
    else props[key] = value === null || value === undefined ? '' : String(value);
  }
  return props;
}
