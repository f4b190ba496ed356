/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import type { Attributes } from '../../internal/attributes';
import { attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';

/** The `formGroup` option that every GOV.UK form field macro takes, for the `govuk-form-group` around the field. */
export interface FormGroupOptions {
  /** Classes to add to the form group. */
  classes?: string;
  attributes?: Attributes;
}

export interface FormGroupProps extends FormGroupOptions {
  /** Adds `govuk-form-group--error`: the field has an error message. */
  error?: boolean;
  children?: ReactNode;
}

/** The `govuk-form-group` that wraps one question's label or fieldset, hint, error message and fields. */
export function FormGroup({ error, classes, attributes, children }: FormGroupProps) {
  return (
    <div
      {...attributeProps(attributes, {
        className: classNames('govuk-form-group', error && 'govuk-form-group--error', classes),
      })}
    >
      {children}
    </div>
  );
}
