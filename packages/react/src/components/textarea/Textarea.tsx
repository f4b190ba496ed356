import type { ChangeEventHandler, FocusEventHandler, Ref } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { FormGroup } from '../form-group/FormGroup';
import {
  type FieldErrorMessage,
  type FieldFormGroup,
  type FieldHint,
  type FieldLabel,
  LooseContent,
  question,
} from '../form-group/field';

/** The options of govuk-frontend's `govukTextarea` macro, and what react-hook-form's `register` gives. */
export interface TextareaProps {
  /** The textarea's `id`; `name` unless given. The hint's and error message's ids are built from it. */
  id?: string;
  name: string;
  /** Visible lines: 5 unless given. */
  rows?: number;
  /** The text the textarea starts with (it is uncontrolled, so it also works without JavaScript). */
  value?: string;
  disabled?: boolean;
  /** `aria-describedby` ids to list before the hint's and the error message's. */
  describedBy?: string;
  label: FieldLabel;
  hint?: FieldHint;
  /** Shows the error and styles the field for it. `false` or `null` means no error. */
  errorMessage?: FieldErrorMessage | false | null;
  formGroup?: FieldFormGroup;
  /** Classes to add to the textarea. */
  classes?: string;
  /** Such as `street-address`: tells browsers what to offer (WCAG 1.3.5). */
  autocomplete?: string;
  /** Written as `spellcheck="true"` or `"false"`; left out unless given. */
  spellcheck?: boolean;
  attributes?: Attributes;
  /** A ref to the control itself (react-hook-form's `register` gives it as `ref`). */
  inputRef?: Ref<HTMLTextAreaElement>;
  onChange?: ChangeEventHandler<HTMLTextAreaElement>;
  onBlur?: FocusEventHandler<HTMLTextAreaElement>;
}

/** A GOV.UK textarea, for answers longer than a line, with its label, hint and error message. */
export function Textarea(props: TextareaProps) {
  const { name, label, hint, errorMessage, formGroup } = props;
  const id = props.id || name;
  const { describedBy, intro } = question({ id, label, hint, errorMessage, describedBy: props.describedBy });
  return (
    <FormGroup error={Boolean(errorMessage)} classes={formGroup?.classes} attributes={formGroup?.attributes}>
      {intro}
      <LooseContent content={formGroup?.beforeInput} />
      <textarea
        className={classNames('govuk-textarea', errorMessage && 'govuk-textarea--error', props.classes)}
        id={id}
        name={name}
        rows={props.rows || 5}
        spellCheck={typeof props.spellcheck === 'boolean' ? props.spellcheck : undefined}
        disabled={props.disabled || undefined}
        aria-describedby={describedBy}
        autoComplete={props.autocomplete || undefined}
        defaultValue={props.value}
        ref={props.inputRef}
        onChange={props.onChange}
        onBlur={props.onBlur}
        {...attributeProps(props.attributes)}
      />
      <LooseContent content={formGroup?.afterInput} />
    </FormGroup>
  );
}
