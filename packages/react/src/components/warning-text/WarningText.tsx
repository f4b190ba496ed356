/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps, escapeHtml, hasContent } from '../../internal/content';

/** The options of govuk-frontend's `govukWarningText` macro. */
export interface WarningTextProps {
  /** Text to use within the warning text. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML to use within the warning text. If given, `text` is ignored. */
  html?: string;
  /** React content for the warning text: the React form of `html`. */
  children?: ReactNode;
  /** The fallback text for the icon, read out by screen readers. Defaults to `"Warning"`; set it to translate. */
  iconFallbackText?: string;
  /** Classes to add to the warning text. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the warning text. */
  attributes?: Attributes;
}

/** GOV.UK warning text: tells users something important, such as legal consequences of an action. */
export function WarningText({ text, html, children, iconFallbackText, classes, attributes }: WarningTextProps) {
  const fallback = iconFallbackText || 'Warning';
  const hasChildren = hasContent({ children });
  // Spaces part the icon, the hidden "Warning" and the message, so that they are not read as one word.
  // An `html` string shares the <strong> with the fallback text, so both go into one HTML string.
  const message =
    html && !hasChildren
      ? contentProps({ html: `<span class="govuk-visually-hidden">${escapeHtml(fallback)}</span> ${html}` })
      : {
          children: (
            <>
              <span className="govuk-visually-hidden">{fallback}</span> {hasChildren ? children : text}
            </>
          ),
        };
  return (
    <div {...attributeProps(attributes)} className={classNames('govuk-warning-text', classes)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>{' '}
      <strong className="govuk-warning-text__text" {...message} />
    </div>
  );
}
