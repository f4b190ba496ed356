import type { Field, FieldMap } from './fields/types';
import { formatDate } from './format';
import type { Translator } from './messages/translate';
import type { LocalText } from './messages/types';

/** An error to show next to a field and in the error summary. */
export interface FieldError {
  /** The field's form name. */
  field: string;
  /** The error summary link target: the field's id, or for a date the first wrong box (`#moveDate-month`). */
  href: string;
  /** The GOV.UK-worded message in the resident's language. */
  message: string;
  /** The message key it came from, for tests and analytics. */
  key: string;
  /** For a date: the boxes that are wrong, so only they are highlighted. */
  parts?: readonly string[];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The message key that names a field in errors ("your postcode"). */
export function fieldNameKey(stepId: string, fieldName: string): string {
  return `${stepId}.${fieldName}.name`;
}

function fieldNoun(t: Translator, stepId: string, fieldName: string): string {
  const nameKey = fieldNameKey(stepId, fieldName);
  if (t.has(nameKey)) return t(nameKey);
  const label = t(`${stepId}.${fieldName}.label`);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function optionLabel(t: Translator, stepId: string, fieldName: string, field: Field | undefined): string {
  const option = field?.options?.find((candidate) => candidate.exclusive);
  if (!option) return '';
  return option.label ? option.label[t.locale] : t(`${stepId}.${fieldName}.options.${option.value}`);
}

function isLocalText(value: unknown): value is LocalText {
  return typeof value === 'object' && value !== null && 'en' in value && 'cy' in value;
}

/**
 * Puts values into the resident's terms: ISO dates are written as dates, a council's words from its rules
 * (`{ en, cy }`) in the resident's language, and lists of message keys (a date's missing parts) joined with "and".
 */
export function localiseParams(
  t: Translator,
  params: Readonly<Record<string, unknown>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) out[name] = value.map((key) => t(String(key))).join(` ${t('date.and')} `);
    else if (isLocalText(value)) out[name] = value[t.locale];
    else if (typeof value === 'string' && isoDate.test(value)) out[name] = formatDate(value, t);
    else if (typeof value === 'string' || typeof value === 'number') out[name] = value;
  }
  return out;
}

/**
 * Turns a problem with a field into a GOV.UK error. The message key is looked
 * up first as `<step>.<field>.<key>` (a transaction's own wording for that
 * field), then as the key itself (the engine's wording); an unknown key
 * becomes `error.invalid`.
 */
export function toFieldError(
  t: Translator,
  stepId: string,
  fields: FieldMap,
  path: readonly PropertyKey[],
  messageKey: string,
  params: Readonly<Record<string, unknown>> = {},
): FieldError {
  const [fieldName = '', part] = path.map(String);
  const field = fields[fieldName];
  const key = t.has(messageKey) ? messageKey : 'error.invalid';
  const specific = `${stepId}.${fieldName}.${key}`;
  const text = localiseParams(t, {
    ...params,
    name: fieldNoun(t, stepId, fieldName),
    none: optionLabel(t, stepId, fieldName, field),
  });
  const message = t(t.has(specific) ? specific : key, text);
  if (field?.type !== 'date') return { field: fieldName, href: `#${fieldName}`, message, key };
  const named = Array.isArray(params.parts)
    ? params.parts.map((name) => String(name).replace('date.part.', ''))
    : undefined;
  const parts = named ?? ['day', 'month', 'year'];
  return { field: fieldName, href: `#${fieldName}-${part ?? parts[0] ?? 'day'}`, message, key, parts };
}
