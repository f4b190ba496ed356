/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { classNames } from '../../internal/classes';
import { ErrorMessage } from '../error-message/ErrorMessage';
import { Fieldset, type FieldsetProps } from '../fieldset/Fieldset';
import { Hint } from '../hint/Hint';
import { FormGroup, type FormGroupOptions } from './FormGroup';
import type { FieldErrorMessage, FieldHint } from './field';

/**
 * The `fieldset` option of a question answered with several controls: the fieldset's own options, without its
 * content (the controls) or role (set by the component).
 */
export type GroupFieldset = Omit<FieldsetProps, 'children' | 'html' | 'role'>;

interface DescribedByOptions {
  /** The prefix of the hint's and the error message's ids: `<idPrefix>-hint`, `<idPrefix>-error`. */
  idPrefix: string;
  /** Ids given by the caller, listed first. */
  describedBy?: string;
  hint?: FieldHint;
  errorMessage?: FieldErrorMessage | false | null;
}

/** The question's `aria-describedby`: any given ids, then the hint's, then the error message's. */
export function questionDescribedBy({
  idPrefix,
  describedBy,
  hint,
  errorMessage,
}: DescribedByOptions): string | undefined {
  return classNames(describedBy, hint && `${idPrefix}-hint`, errorMessage && `${idPrefix}-error`) || undefined;
}

interface FieldsetQuestionProps extends DescribedByOptions {
  fieldset?: GroupFieldset;
  /** The fieldset's role: `group` for a date input. */
  role?: string;
  formGroup?: FormGroupOptions;
  /** The controls. */
  children: ReactNode;
}

/**
 * What the radios, checkboxes and date input macros share around their controls: the form group, the optional
 * fieldset described by the hint and the error message, and the hint and error message themselves.
 */
export function FieldsetQuestion({ fieldset, role, formGroup, children, ...described }: FieldsetQuestionProps) {
  const { idPrefix, hint, errorMessage } = described;
  const content = (
    <>
      {hint && <Hint {...hint} id={`${idPrefix}-hint`} />}
      {errorMessage && <ErrorMessage {...errorMessage} id={`${idPrefix}-error`} />}
      {children}
    </>
  );
  return (
    <FormGroup error={Boolean(errorMessage)} classes={formGroup?.classes} attributes={formGroup?.attributes}>
      {fieldset ? (
        <Fieldset
          legend={fieldset.legend}
          classes={fieldset.classes}
          attributes={fieldset.attributes}
          role={role}
          describedBy={questionDescribedBy(described)}
        >
          {content}
        </Fieldset>
      ) : (
        content
      )}
    </FormGroup>
  );
}
