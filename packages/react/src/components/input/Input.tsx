/** @jsxImportSource ../../internal/jsx */
import type { HTMLAttributes } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps, hasContent } from '../../internal/content';
import { FormGroup } from '../form-group/FormGroup';
import { hasLooseContent, LooseContent, question, type SingleControlProps } from '../form-group/field';

/** Text shown fixed before or after the input, such as `£` or `kg`. Hidden from screen readers: say it in the label. */
export interface InputAffix extends Content {
  classes?: string;
  attributes?: Attributes;
}

/** The options of govuk-frontend's `govukInput` macro, and what react-hook-form's `register` gives. */
export interface InputProps extends SingleControlProps<HTMLInputElement> {
  /** `text` unless given. */
  type?: string;
  /** Such as `numeric` or `decimal`, for the keyboard a phone shows. */
  inputmode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** The value the input starts with (the input is uncontrolled, so it also works without JavaScript). */
  value?: string | number;
  /** Text or HTML before the input, such as `£`. */
  prefix?: InputAffix;
  /** Text or HTML after the input, such as `per item`. */
  suffix?: InputAffix;
  /** Such as `postal-code`: tells browsers what to offer (WCAG 1.3.5). */
  autocomplete?: string;
  /** The HTML `pattern` attribute: a regular expression the browser checks the value against. */
  pattern?: string;
  /** Written as `spellcheck="true"` or `"false"`; left out unless given. */
  spellcheck?: boolean;
  /** The HTML `autocapitalize` attribute, such as `none` for email addresses and references. */
  autocapitalize?: string;
  /** Classes and attributes for the `govuk-input__wrapper` round the input and its prefix or suffix. */
  inputWrapper?: { classes?: string; attributes?: Attributes };
}

/** A GOV.UK text input with its label, hint and error message. */
export function Input(props: InputProps) {
  const { name, label, hint, errorMessage, prefix, suffix, formGroup, inputWrapper } = props;
  const id = props.id || name;
  const { describedBy, intro } = question({ id, label, hint, errorMessage, describedBy: props.describedBy });
  const input = (
    <input
      {...attributeProps(props.attributes, {
        className: classNames('govuk-input', props.classes, errorMessage && 'govuk-input--error'),
        id,
        name,
        type: props.type || 'text',
        spellCheck: typeof props.spellcheck === 'boolean' ? String(props.spellcheck) : undefined,
        defaultValue: props.value,
        disabled: props.disabled || undefined,
        'aria-describedby': describedBy,
        autoComplete: props.autocomplete || undefined,
        autoCapitalize: props.autocapitalize || undefined,
        pattern: props.pattern || undefined,
        inputMode: props.inputmode || undefined,
      })}
      ref={props.inputRef}
      onChange={props.onChange}
      onBlur={props.onBlur}
    />
  );
  const before = formGroup?.beforeInput;
  const after = formGroup?.afterInput;
  const wrapped =
    [prefix, suffix].some((affix) => affix !== undefined && hasContent(affix)) ||
    hasLooseContent(before) ||
    hasLooseContent(after);
  return (
    <FormGroup error={Boolean(errorMessage)} classes={formGroup?.classes} attributes={formGroup?.attributes}>
      {intro}
      {wrapped ? (
        <div
          {...attributeProps(inputWrapper?.attributes, {
            className: classNames('govuk-input__wrapper', inputWrapper?.classes),
          })}
        >
          <LooseContent content={before} />
          <Affix affix={prefix} type="prefix" />
          {input}
          <Affix affix={suffix} type="suffix" />
          <LooseContent content={after} />
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}

function Affix({ affix, type }: { affix: InputAffix | undefined; type: 'prefix' | 'suffix' }) {
  if (!affix || !hasContent(affix)) return null;
  const { classes, attributes, ...content } = affix;
  return (
    <div
      {...attributeProps(attributes, { className: classNames(`govuk-input__${type}`, classes), 'aria-hidden': 'true' })}
      {...contentProps(content)}
    />
  );
}
