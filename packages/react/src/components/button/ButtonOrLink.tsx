/** @jsxImportSource ../../internal/jsx */
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { Button } from './Button';

/** A button or link offered by a panel or cookie banner, as their macros take it. */
export interface ActionOption {
  text: string;
  type?: 'button' | 'submit';
  href?: string;
  name?: string;
  value?: string;
  classes?: string;
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
