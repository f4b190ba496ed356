/** @jsxImportSource ../../internal/jsx */
import { attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { FormGroup } from '../form-group/FormGroup';
import { LooseContent, question, type SingleControlProps } from '../form-group/field';

/** The options of govuk-frontend's `govukTextarea` macro, and what react-hook-form's `register` gives. */
export interface TextareaProps extends SingleControlProps<HTMLTextAreaElement> {
  /** Visible lines: 5 unless given. */
  rows?: number;
  /** The text the textarea starts with (it is uncontrolled, so it also works without JavaScript). */
  value?: string;
  /** Such as `street-address`: tells browsers what to offer (WCAG 1.3.5). */
  autocomplete?: string;
  /** Written as `spellcheck="true"` or `"false"`; left out unless given. */
  spellcheck?: boolean;
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
        {...attributeProps(props.attributes, {
          className: classNames('govuk-textarea', errorMessage && 'govuk-textarea--error', props.classes),
          id,
          name,
          rows: props.rows || 5,
          spellCheck: typeof props.spellcheck === 'boolean' ? String(props.spellcheck) : undefined,
          disabled: props.disabled || undefined,
          'aria-describedby': describedBy,
          autoComplete: props.autocomplete || undefined,
          defaultValue: props.value,
        })}
        ref={props.inputRef}
        onChange={props.onChange}
        onBlur={props.onBlur}
      />
      <LooseContent content={formGroup?.afterInput} />
    </FormGroup>
  );
}
