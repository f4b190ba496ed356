/** @jsxImportSource ../../internal/jsx */
import type { MouseEventHandler, ReactNode, Ref } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps, hasContent } from '../../internal/content';

/** The options of govuk-frontend's `govukButton` macro, plus React-only `onClick` and `buttonRef`. */
export interface ButtonProps {
  /** Text for the button. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML for the button. If given, `text` is ignored. */
  html?: string;
  /** React content for the button: the React form of `html`. */
  children?: ReactNode;
  /** Type of the button, determining its behaviour in forms. Defaults to `"submit"`. No effect if `href` is set. */
  type?: 'button' | 'submit' | 'reset';
  /** Name of the button, sent when a form is submitted. No effect if `href` is set. */
  name?: string;
  /** Value of the button, sent when a form is submitted. No effect if `href` is set. */
  value?: string;
  /** Whether the button is disabled: sets `disabled` and `aria-disabled`. No effect if `href` is set. */
  disabled?: boolean;
  /** The URL the button links to. When set, the button renders as a link (`<a role="button">`). */
  href?: string;
  /** Classes to add to the button, such as `govuk-button--secondary`. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the button. */
  attributes?: Attributes;
  /**
   * Prevent accidental double clicks on submit buttons from submitting forms multiple times (govuk-frontend's
   * JavaScript reads `data-prevent-double-click`). No effect if `href` is set.
   */
  preventDoubleClick?: boolean;
  /** Use for the main call to action on your service's start page: adds the arrow icon. */
  isStartButton?: boolean;
  /** The ID of the button. */
  id?: string;
  /** React-only (not a macro option): click handler on the `<button>` or `<a>`. Does not change the HTML. */
  onClick?: MouseEventHandler<HTMLButtonElement | HTMLAnchorElement>;
  /** React-only (not a macro option): ref to the rendered `<button>` (or `<a>` when `href` is set). */
  buttonRef?: Ref<HTMLButtonElement | HTMLAnchorElement>;
}

/** GOV.UK button: a `<button>`, or a link styled as a button when `href` is set. */
export function Button(props: ButtonProps) {
  const { text, html, children, type, name, value, disabled, href, classes, attributes } = props;
  const { preventDoubleClick, isStartButton, id, onClick, buttonRef } = props;
  // The macro writes its own attributes before the caller's, and a browser keeps the first of two with one name,
  // so these win over `attributes`; only `id` comes after them, so the caller's `id` wins over it.
  const own = {
    className: classNames('govuk-button', classes, isStartButton && 'govuk-button--start'),
    'data-module': 'govuk-button',
  };
  const content = buttonContent({ text, html: html?.trim(), children }, isStartButton);
  if (href) {
    return (
      // biome-ignore lint/a11y/useSemanticElements: govuk-frontend's link button is an <a role="button">.
      <a
        id={id}
        {...attributeProps(attributes, own)}
        href={href}
        role="button"
        draggable="false"
        onClick={onClick}
        ref={buttonRef as Ref<HTMLAnchorElement>}
        {...content}
      />
    );
  }
  const button = {
    type: type || 'submit',
    value: value || undefined,
    name: name || undefined,
    disabled: disabled || undefined,
    'aria-disabled': disabled ? 'true' : undefined,
    'data-prevent-double-click': preventDoubleClick === undefined ? undefined : String(preventDoubleClick),
    ...own,
  };
  return (
    <button
      id={id}
      {...attributeProps(attributes, button)}
      onClick={onClick}
      ref={buttonRef as Ref<HTMLButtonElement>}
      {...content}
    />
  );
}

// A start button is a flex container, which drops whitespace between elements, so rich content sits in a <span>.
// Otherwise the content sits between spaces, as the macro's line breaks leave it: a link button is inline, so its
// text would run into the text beside it.
function buttonContent(content: Content, isStartButton: boolean | undefined) {
  if (!isStartButton) {
    const { dangerouslySetInnerHTML: html, children } = contentProps(content);
    return html ? { dangerouslySetInnerHTML: { __html: ` ${html.__html} ` } } : { children: <> {children} </> };
  }
  const rich = hasContent({ html: content.html, children: content.children });
  return {
    children: (
      <>
        {rich ? <span {...contentProps(content)} /> : content.text}
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </>
    ),
  };
}
