/** @jsxImportSource ../../internal/jsx */
import type { ChangeEventHandler, FocusEventHandler, ReactNode, Ref } from 'react';
import type { Attributes } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { hasChildren, hasContent } from '../../internal/content';
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

/**
 * Content a field places loose among its own elements, with no element of its own round it:
 * `formGroup.beforeInput` and `afterInput` (`beforeInputs` and `afterInputs` on radios, checkboxes and the date
 * input). Plain text or React children only.
 *
 * There is no `html`, unlike the Nunjucks macro's option and every other content option here: React places markup
 * as children, and can only place an HTML string as the whole content of an element of its own. Turning an HTML
 * string into elements here would need an HTML parser in every resident's page. Give `children` instead:
 * `{ children: <b>x</b> }` for `{ html: '<b>x</b>' }`. An `html` given anyway (through an untyped path) is not read.
 */
export interface LooseContentOptions {
  /** Plain text. Ignored when `children` is given. */
  text?: string | number;
  /** React content: the React form of the macro's `html`. */
  children?: ReactNode;
  /** Not taken here: give `children` (`{ children: <b>x</b> }` for `{ html: '<b>x</b>' }`). Never read. */
  html?: never;
}

/** The `formGroup` option of a single-control field: text or React content may go before and after the control. */
export interface FieldFormGroup extends FormGroupOptions {
  /** Content to add before the control, inside its wrapper: text or React children (no `html`). */
  beforeInput?: LooseContentOptions;
  /** Content to add after the control, inside its wrapper: text or React children (no `html`). */
  afterInput?: LooseContentOptions;
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
    describedBy: classNames(describedBy, hintId, errorId) || undefined,
    intro: (
      <>
        <Label {...label} for={id} />
        {hint && <Hint {...hint} id={hintId} />}
        {errorMessage && <ErrorMessage {...errorMessage} id={errorId} />}
      </>
    ),
  };
}

/** Whether loose content has anything to show. Only `text` and `children` are read, never an `html` given anyway. */
export function hasLooseContent(content: LooseContentOptions | undefined): boolean {
  return content !== undefined && hasContent({ text: content.text, children: content.children });
}

/**
 * Content placed straight into a parent element, as the macros place `formGroup.beforeInput` and `afterInput`:
 * its children, or else its text. An `html` given anyway is not read, so no HTML string is ever rendered raw here.
 */
export function LooseContent({ content }: { content: LooseContentOptions | undefined }): ReactNode {
  if (!content || !hasLooseContent(content)) return null;
  const { text, children } = content;
  return hasChildren(children) ? children : text;
}
