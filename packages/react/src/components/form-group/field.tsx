import type { ChangeEventHandler, FocusEventHandler, ReactNode, Ref } from 'react';
import type { Attributes } from '../../internal/attributes';
import { type Content, contentProps, hasContent } from '../../internal/content';
import { htmlToReact } from '../../internal/html';
import { ErrorMessage, type ErrorMessageProps } from '../error-message/ErrorMessage';
import { Hint, type HintProps } from '../hint/Hint';
import { Label, type LabelProps } from '../label/Label';
import type { FormGroupOptions } from './FormGroup';

/** A field's `label` option: the label's own options, without `for`, which is the field's id. */
export type FieldLabel = Omit<LabelProps, 'for'>;
/** A field's `hint` option: the hint's own options, without `id`, which is `<field id>-hint`. */
export type FieldHint = Omit<HintProps, 'id'>;
/** A field's `errorMessage` option, without `id`, which is `<field id>-error`. `false` or `null` means no error. */
export type FieldErrorMessage = Omit<ErrorMessageProps, 'id'>;

/** The `formGroup` option of a single-control field: content may go before and after the control. */
export interface FieldFormGroup extends FormGroupOptions {
  beforeInput?: Content;
  afterInput?: Content;
}

/**
 * The options the input, textarea and select macros share, and what react-hook-form's `register` gives
 * (`inputRef`, `onChange`, `onBlur`: React only, they do not change the HTML).
 */
export interface SingleControlProps<Control extends HTMLElement> {
  /** The control's `id`; `name` unless given. The hint's and error message's ids are built from it. */
  id?: string;
  name: string;
  disabled?: boolean;
  /** `aria-describedby` ids to list before the hint's and the error message's. */
  describedBy?: string;
  label: FieldLabel;
  hint?: FieldHint;
  /** Shows the error and styles the field for it. `false` or `null` means no error. */
  errorMessage?: FieldErrorMessage | false | null;
  formGroup?: FieldFormGroup;
  /** Classes to add to the control, such as `govuk-input--width-10`. */
  classes?: string;
  attributes?: Attributes;
  /** A ref to the control itself (react-hook-form's `register` gives it as `ref`). */
  inputRef?: Ref<Control>;
  onChange?: ChangeEventHandler<Control>;
  onBlur?: FocusEventHandler<Control>;
}

interface QuestionOptions {
  id: string;
  label?: FieldLabel;
  hint?: FieldHint;
  errorMessage?: FieldErrorMessage | false | null;
  /** `aria-describedby` ids that come before the hint's and the error message's. */
  describedBy?: string;
}

/**
 * What the input, textarea and select macros share above their control: the label, the hint and the error
 * message, and the control's `aria-describedby`, which lists any given ids, then the hint's, then the error's.
 */
export function question({ id, label, hint, errorMessage, describedBy }: QuestionOptions) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  return {
    describedBy: [describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined,
    intro: (
      <>
        <Label {...label} for={id} />
        {hint && <Hint {...hint} id={hintId} />}
        {errorMessage && <ErrorMessage {...errorMessage} id={errorId} />}
      </>
    ),
  };
}

/**
 * Content placed straight into a parent element, as the macros place `formGroup.beforeInput` and `afterInput`: an
 * `html` string becomes React elements, as React cannot place an HTML string without an element of its own round it.
 */
export function LooseContent({ content }: { content: Content | undefined }): ReactNode {
  if (!content || !hasContent(content)) return null;
  const props = contentProps(content);
  return props.dangerouslySetInnerHTML ? htmlToReact(props.dangerouslySetInnerHTML.__html) : props.children;
}
