/** @jsxImportSource ../../internal/jsx */
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { Button } from './Button';

/** A button or link offered by a panel or cookie banner, as their macros take it. */
export interface ActionOption {
  /** The button or link text. */
  text: string;
  /**
   * The type of button – `"button"` or `"submit"`. With `href`, set `"button"` to render a link styled as a button.
   * Defaults to `"button"`: set `"submit"` for a button that posts a choice in a form, so it works without
   * JavaScript.
   */
  type?: 'button' | 'submit';
  /** The `href` for a link. Set `type` to `"button"` as well to render a link styled as a button. */
  href?: string;
  /** The name attribute for the button, such as `"cookies[analytics]"`. Does not apply to a link. */
  name?: string;
  /** The value attribute for the button, such as `"yes"`. Does not apply to a link. */
  value?: string;
  /** The additional classes to add to the button or link. */
  classes?: string;
  /** The additional attributes (for example data attributes) to add to the button or link. */
  attributes?: Attributes;
}

/**
 * An action of a panel or cookie banner: a button unless it has an `href`, then a link, or a link styled as a button
 * when `type` is "button". `look` is the class each gets from its container (a panel's inverse colours).
 */
export function ButtonOrLink({
  action: { text, type, href, name, value, classes, attributes },
  look,
}: {
  action: ActionOption;
  look?: { button?: string; link?: string };
}) {
  if (!href || type === 'button') {
    return (
      <Button
        text={text}
        type={type || 'button'}
        name={name}
        value={value}
        classes={classNames(look?.button, classes)}
        href={href}
        attributes={attributes}
      />
    );
  }
  return (
    <a {...attributeProps(attributes)} className={classNames('govuk-link', look?.link, classes)} href={href}>
      {text}
    </a>
  );
}
