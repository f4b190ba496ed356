/** @jsxImportSource ../../internal/jsx */
import type { Attributes } from '../../internal/attributes';
import { attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { i18nAttributes, type PluralMessages } from '../../internal/i18n';
import { FormGroup } from '../form-group/FormGroup';
import { LooseContent, question, type SingleControlProps } from '../form-group/field';

/** The options of govuk-frontend's `govukFileUpload` macro, and what react-hook-form's `register` gives. */
export interface FileUploadProps extends SingleControlProps<HTMLInputElement> {
  /**
   * The ID of the input. Defaults to the value of `name`. If `javascript` is provided, this ID will be on the button
   * of the improved version, and the hidden input's ID will get the suffix "-input".
   */
  id?: string;
  /** If `true`, file input will be disabled. */
  disabled?: boolean;
  /**
   * If `true`, a user may select multiple files at the same time. The exact mechanism to do this differs depending
   * on operating system.
   */
  multiple?: boolean;
  /**
   * Can be used to enable JavaScript enhancements for the component: wraps the input in the drop zone that
   * govuk-frontend's JavaScript (`data-module="govuk-file-upload"`) turns into a button and a drop target.
   */
  javascript?: boolean;
  /**
   * The text of the button that opens the file picker. Default is `"Choose file"`. If `javascript` is not provided,
   * this option will be ignored.
   */
  chooseFilesButtonText?: string;
  /**
   * The text informing users they can drop files. Default is `"or drop file"`. If `javascript` is not provided, this
   * option will be ignored.
   */
  dropInstructionText?: string;
  /**
   * The text displayed when multiple files have been chosen by the user, by plural form, with `%{count}` for the
   * number of files selected. If `javascript` is not provided, this option will be ignored.
   */
  multipleFilesChosenText?: PluralMessages;
  /**
   * The text displayed when no file has been chosen by the user. Default is `"No file chosen"`. If `javascript` is
   * not provided, this option will be ignored.
   */
  noFileChosenText?: string;
  /**
   * The text announced by assistive technology when user drags files and enters the drop zone. Default is
   * `"Entered drop zone"`. If `javascript` is not provided, this option will be ignored.
   */
  enteredDropZoneText?: string;
  /**
   * The text announced by assistive technology when user drags files and leaves the drop zone without dropping.
   * Default is `"Left drop zone"`. If `javascript` is not provided, this option will be ignored.
   */
  leftDropZoneText?: string;
  /**
   * Classes to add to the file upload `<input>` element. If `javascript` is provided, these are not copied to the
   * visible button: use `wrapperClasses` for that.
   */
  classes?: string;
  /**
   * HTML attributes to add to the file upload `<input>` element, such as `accept` (`{ accept: '.pdf,.jpg' }`). If
   * `javascript` is provided, these are not copied to the visible button: use `wrapperAttributes` for the container.
   */
  attributes?: Attributes;
  /** Classes to add to the improved file upload component's wrapper. Ignored unless `javascript` is given. */
  wrapperClasses?: string;
  /** HTML attributes to add to the improved file upload component's wrapper. Ignored unless `javascript` is given. */
  wrapperAttributes?: Attributes;
}

/**
 * A GOV.UK file upload with its label, hint and error message. With `javascript`, the input sits in the drop zone
 * that govuk-frontend's JavaScript enhances; without that script (or JavaScript) it stays a plain file input.
 */
export function FileUpload(props: FileUploadProps) {
  const { name, label, hint, errorMessage, formGroup } = props;
  const id = props.id || name;
  const { describedBy, intro } = question({ id, label, hint, errorMessage, describedBy: props.describedBy });
  const input = (
    <input
      {...attributeProps(props.attributes, {
        className: classNames('govuk-file-upload', props.classes, errorMessage && 'govuk-file-upload--error'),
        id,
        name,
        type: 'file',
        disabled: props.disabled || undefined,
        multiple: props.multiple || undefined,
        'aria-describedby': describedBy,
      })}
      ref={props.inputRef}
      onChange={props.onChange}
      onBlur={props.onBlur}
    />
  );
  return (
    <FormGroup error={Boolean(errorMessage)} classes={formGroup?.classes} attributes={formGroup?.attributes}>
      {intro}
      <LooseContent content={formGroup?.beforeInput} />
      {props.javascript ? (
        <div
          {...attributeProps(props.wrapperAttributes, {
            className: classNames('govuk-file-upload-wrapper', props.wrapperClasses),
            'data-module': 'govuk-file-upload',
            ...i18nAttributes('choose-files-button', props.chooseFilesButtonText),
            ...i18nAttributes('no-file-chosen', props.noFileChosenText),
            ...i18nAttributes('multiple-files-chosen', props.multipleFilesChosenText),
            ...i18nAttributes('drop-instruction', props.dropInstructionText),
            ...i18nAttributes('entered-drop-zone', props.enteredDropZoneText),
            ...i18nAttributes('left-drop-zone', props.leftDropZoneText),
          })}
        >
          {input}
        </div>
      ) : (
        input
      )}
      <LooseContent content={formGroup?.afterInput} />
    </FormGroup>
  );
}
