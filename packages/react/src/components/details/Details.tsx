/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';

/** The options of govuk-frontend's `govukDetails` macro. */
export interface DetailsProps {
  /** Text to use within the summary element (the visible part of the details element). Ignored if `summaryHtml` is given. */
  summaryText?: string | number;
  /** HTML to use within the summary element (the visible part of the details element). If given, `summaryText` is ignored. */
  summaryHtml?: string;
  /** Text to use within the disclosed part of the details element. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML to use within the disclosed part of the details element. If given, `text` is ignored. */
  html?: string;
  /** React content for the disclosed part: the React form of `html` (and of the macro's `caller` block). */
  children?: ReactNode;
  /** ID to add to the details element. */
  id?: string;
  /** If `true`, the details element is expanded. */
  open?: boolean;
  /** Classes to add to the `<details>` element. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the `<details>` element. */
  attributes?: Attributes;
}

/** GOV.UK details: a link that reveals more information when users need it. */
export function Details(props: DetailsProps) {
  const { summaryText, summaryHtml, text, html, children, id, open, classes, attributes } = props;
  return (
    <details
      open={open || undefined}
      {...attributeProps(attributes, { id, className: classNames('govuk-details', classes) })}
    >
      <summary className="govuk-details__summary">
        <span
          className="govuk-details__summary-text"
          {...contentProps({ text: summaryText, html: summaryHtml?.trim() })}
        />
      </summary>
      <div className="govuk-details__text" {...contentProps({ text, html, children })} />
    </details>
  );
}
