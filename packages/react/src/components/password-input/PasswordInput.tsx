/** @jsxImportSource ../../internal/jsx */
import { classNames } from '../../internal/classes';
import { i18nAttributes } from '../../internal/i18n';
import { Button } from '../button/Button';
import { LooseContent, type SingleControlProps } from '../form-group/field';
import { Input } from '../input/Input';

/** The options of govuk-frontend's `govukPasswordInput` macro, and what react-hook-form's `register` gives. */
export interface PasswordInputProps extends SingleControlProps<HTMLInputElement> {
  /** Optional initial value of the input. */
  value?: string;
  /**
   * Attribute to meet WCAG success criterion 1.3.5: Identify input purpose. Default is `"current-password"`; use
   * `"new-password"` where people choose a password.
   */
  autocomplete?: string;
  /** Button text when the password is hidden. Defaults to `"Show"`. */
  showPasswordText?: string;
  /** Button text when the password is visible. Defaults to `"Hide"`. */
  hidePasswordText?: string;
  /**
   * Button text exposed to assistive technologies, like screen readers, when the password is hidden. Defaults to
   * `"Show password"`.
   */
  showPasswordAriaLabelText?: string;
  /**
   * Button text exposed to assistive technologies, like screen readers, when the password is visible. Defaults to
   * `"Hide password"`.
   */
  hidePasswordAriaLabelText?: string;
  /**
   * Announcement made to screen reader users when their password has become visible in plain text. Defaults to
   * `"Your password is visible"`.
   */
  passwordShownAnnouncementText?: string;
  /**
   * Announcement made to screen reader users when their password has been obscured and is not visible. Defaults to
   * `"Your password is hidden"`.
   */
  passwordHiddenAnnouncementText?: string;
  /** Optional object allowing customisation of the toggle button. */
  button?: {
    /** Classes to add to the button. */
    classes?: string;
  };
}

/**
 * A GOV.UK password input: a text input for a password, with a button to show or hide it. The button stays hidden
 * until govuk-frontend's JavaScript (`data-module="govuk-password-input"`) starts it, in the words given here.
 */
export function PasswordInput({
  showPasswordText,
  hidePasswordText,
  showPasswordAriaLabelText,
  hidePasswordAriaLabelText,
  passwordShownAnnouncementText,
  passwordHiddenAnnouncementText,
  button,
  formGroup,
  classes,
  autocomplete,
  ...input
}: PasswordInputProps) {
  const id = input.id || input.name;
  return (
    <Input
      {...input}
      id={id}
      type="password"
      spellcheck={false}
      autocapitalize="none"
      autocomplete={autocomplete || 'current-password'}
      classes={classNames('govuk-password-input__input govuk-js-password-input-input', classes)}
      inputWrapper={{ classes: 'govuk-password-input__wrapper' }}
      formGroup={{
        classes: classNames('govuk-password-input', formGroup?.classes),
        attributes: {
          // The macro writes the caller's attributes after its own, and a browser keeps the first of two with one
          // name, so the module and its words win.
          ...formGroup?.attributes,
          'data-module': 'govuk-password-input',
          ...i18nAttributes('show-password', showPasswordText),
          ...i18nAttributes('hide-password', hidePasswordText),
          ...i18nAttributes('show-password-aria-label', showPasswordAriaLabelText),
          ...i18nAttributes('hide-password-aria-label', hidePasswordAriaLabelText),
          ...i18nAttributes('password-shown-announcement', passwordShownAnnouncementText),
          ...i18nAttributes('password-hidden-announcement', passwordHiddenAnnouncementText),
        },
        beforeInput: formGroup?.beforeInput,
        afterInput: {
          children: (
            <>
              <Button
                type="button"
                classes={classNames(
                  'govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle',
                  button?.classes,
                )}
                // `default` in the macro: only a missing option falls back, an empty one stays empty.
                text={showPasswordText ?? 'Show'}
                // Hidden until the script starts it: without JavaScript the button could do nothing.
                attributes={{
                  'aria-controls': id,
                  'aria-label': showPasswordAriaLabelText ?? 'Show password',
                  hidden: { value: true, optional: true },
                }}
              />
              <LooseContent content={formGroup?.afterInput} />
            </>
          ),
        },
      }}
    />
  );
}
