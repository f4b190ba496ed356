/**
 * The GOV.UK-style markup, words and checks the three anchor forms (rhf-zod, tanstack-form, formik) share: what a
 * team without @lgds/react would write by hand. Sharing it makes the anchors differ only in their form library, and
 * carry the same words as one another.
 */
import type { ComponentProps, ReactNode } from 'react';

/** The eight questions, in order, each with its label and the message shown when its answer is wrong. */
export const questions = {
  fullName: { label: 'Full name', message: 'Enter your full name' },
  email: { label: 'Email address', message: 'Enter an email address in the correct format, like name@example.com' },
  phone: { label: 'Telephone number', message: 'Enter a telephone number, like 01632 960 001 or 07700 900 982' },
  postcode: { label: 'Postcode', message: 'Enter a full UK postcode, like AA1 1AA' },
  bins: { label: 'How many bins do you need?', message: 'Enter a number of bins from 1 to 4' },
  propertyType: { label: 'What type of property is it?', message: 'Select the type of property' },
  contactBy: { label: 'How should we contact you?', message: 'Select how we should contact you' },
  startDate: { label: 'When should collections start?', message: 'Enter a real date, like 27/3/2026' },
} as const;

export type QuestionName = keyof typeof questions;

export const propertyTypes = [
  { value: 'house', text: 'House' },
  { value: 'flat', text: 'Flat or maisonette' },
  { value: 'other', text: 'Something else' },
];

export const contactMethods = [
  { value: 'email', text: 'Email' },
  { value: 'text', text: 'Text message' },
  { value: 'post', text: 'Letter' },
];

/** The checks every anchor makes; zod brings its own for email addresses. */
export const patterns = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  phone: /^\+?[\d\s()-]{10,20}$/,
  postcode: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  bins: /^[1-4]$/,
};

/** A date typed as d/m/yyyy that exists (not 31/2/2026). */
export function isRealDate(text: string): boolean {
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!parts) return false;
  const [day, month, year] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What every anchor does with a valid form: post it as JSON. */
export async function send(values: unknown): Promise<void> {
  const response = await fetch('/api/garden-waste', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(values),
  });
  if (!response.ok) throw new Error('Not sent');
}

type InputProps = ComponentProps<'input'> & { name: QuestionName };

export function ErrorSummary({ errors }: { errors: Partial<Record<QuestionName, string>> }) {
  const shown = Object.entries(errors).filter(([, message]) => message);
  if (shown.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <ul className="govuk-list govuk-error-summary__list">
          {shown.map(([name, message]) => (
            <li key={name}>
              <a href={`#${name}`}>{message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function TextField({ error, hint, ...input }: InputProps & { error?: string; hint?: string }) {
  const described = [hint && `${input.name}-hint`, error && `${input.name}-error`].filter(Boolean).join(' ');
  return (
    <FormGroup error={error}>
      <label className="govuk-label" htmlFor={input.name}>
        {questions[input.name].label}
      </label>
      {hint && (
        <div id={`${input.name}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage name={input.name} error={error} />
      <input
        id={input.name}
        className={`govuk-input${error ? ' govuk-input--error' : ''}`}
        aria-describedby={described || undefined}
        {...input}
      />
    </FormGroup>
  );
}

/** Radios or checkboxes: `inputProps` binds each option's input to the form library. */
export function ChoiceField(props: {
  name: QuestionName;
  kind: 'radios' | 'checkboxes';
  options: readonly { value: string; text: string }[];
  error?: string;
  inputProps: (value: string) => ComponentProps<'input'>;
}) {
  const { name, kind, options, error, inputProps } = props;
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? `${name}-error` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{questions[name].label}</legend>
        <ErrorMessage name={name} error={error} />
        <div className={`govuk-${kind}`} data-module={`govuk-${kind}`}>
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            return (
              <div key={option.value} className={`govuk-${kind}__item`}>
                <input
                  id={id}
                  className={`govuk-${kind}__input`}
                  type={kind === 'radios' ? 'radio' : 'checkbox'}
                  value={option.value}
                  {...inputProps(option.value)}
                />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                  {option.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

export function ContinueButton() {
  return (
    <button type="submit" className="govuk-button" data-module="govuk-button">
      Continue
    </button>
  );
}

function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{children}</div>;
}

function ErrorMessage({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${name}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}
