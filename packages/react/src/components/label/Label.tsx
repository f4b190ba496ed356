/** @jsxImportSource ../../internal/jsx */
import type { Attributes } from '../../internal/attributes';
import { attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps, hasContent } from '../../internal/content';

/** The options of govuk-frontend's `govukLabel` macro. */
export interface LabelProps extends Content {
  /** The `id` of the field the label is for. */
  for?: string;
  /** Wraps the label in an `<h1>`, for a question that is the page's heading. */
  isPageHeading?: boolean;
  /** Classes to add, such as `govuk-label--l`. */
  classes?: string;
  attributes?: Attributes;
}

/** A GOV.UK label. Renders nothing without content, as the macro does. */
export function Label({ for: htmlFor, isPageHeading, classes, attributes, ...content }: LabelProps) {
  if (!hasContent(content)) return null;
  const label = (
    // biome-ignore lint/a11y/noLabelWithoutControl: `for` ties the label to its field; the caller gives it.
    <label
      // The macro writes `for` after the caller's attributes, so theirs wins.
      htmlFor={htmlFor}
      {...attributeProps(attributes, { className: classNames('govuk-label', classes) })}
      {...contentProps(content)}
    />
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
