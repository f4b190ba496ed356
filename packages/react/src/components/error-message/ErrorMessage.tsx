/** @jsxImportSource ../../internal/jsx */
import type { Attributes } from '../../internal/attributes';
import { attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps, escapeHtml } from '../../internal/content';

/** The options of govuk-frontend's `govukErrorMessage` macro. */
export interface ErrorMessageProps extends Content {
  /** The `id` a field's `aria-describedby` points at. */
  id?: string;
  classes?: string;
  attributes?: Attributes;
  /**
   * The hidden prefix a screen reader announces before the message, followed by a colon: "Error" unless given.
   * Pass "Gwall" in Welsh, or `false` or `''` for none (when the message already carries its own prefix).
   */
  visuallyHiddenText?: string | false;
}

/** A GOV.UK error message, shown beside the field it is about. */
export function ErrorMessage({ id, classes, attributes, visuallyHiddenText = 'Error', ...content }: ErrorMessageProps) {
  return (
    <p
      {...attributeProps(attributes, { id, className: classNames('govuk-error-message', classes) })}
      {...messageProps(content, visuallyHiddenText)}
    />
  );
}

function messageProps(content: Content, prefix: string | false | null) {
  if (!prefix) return contentProps(content);
  const hidden = `${prefix}:`;
  const message = contentProps(content);
  // An HTML message must share one innerHTML string with the hidden prefix, so the prefix is escaped into it.
  if (message.dangerouslySetInnerHTML) {
    const html = `<span class="govuk-visually-hidden">${escapeHtml(hidden)}</span> ${message.dangerouslySetInnerHTML.__html}`;
    return { dangerouslySetInnerHTML: { __html: html } };
  }
  return {
    children: (
      <>
        <span className="govuk-visually-hidden">{hidden}</span> {message.children}
      </>
    ),
  };
}
