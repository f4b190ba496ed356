/** @jsxImportSource ../../internal/jsx */
import type { ReactNode, Ref } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps, hasContent } from '../../internal/content';

/** One error in the error summary: a link to the field with the error when `href` is given. */
export interface ErrorSummaryItem {
  /** Href of the error link, such as `#email`. Without it the error is plain text. */
  href?: string;
  /** Text of the error. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML of the error. If given, `text` is ignored. */
  html?: string;
  /** React content of the error: the React form of `html`. */
  children?: ReactNode;
  /** HTML attributes (for example data attributes) to add to the error link. */
  attributes?: Attributes;
}

/** The options of govuk-frontend's `govukErrorSummary` macro, plus React-only `containerRef`. */
export interface ErrorSummaryProps {
  /** Text for the heading of the error summary, such as "There is a problem". Ignored if `titleHtml` is given. */
  titleText?: string | number;
  /** HTML for the heading of the error summary. If given, `titleText` is ignored. */
  titleHtml?: string;
  /** Text for the description of the errors. Ignored if `descriptionHtml` or `children` is given. */
  descriptionText?: string | number;
  /** HTML for the description of the errors. If given, `descriptionText` is ignored. */
  descriptionHtml?: string;
  /** React content for the description: the React form of `descriptionHtml` (and of the macro's `caller` block). */
  children?: ReactNode;
  /** The errors, each linking to its field when it has an `href`. */
  errorList?: readonly ErrorSummaryItem[];
  /** Prevent govuk-frontend's JavaScript moving focus to the error summary when the page loads. */
  disableAutoFocus?: boolean;
  /** Classes to add to the error summary container. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the error summary container. */
  attributes?: Attributes;
  /** React-only (not a macro option): ref to the outer `<div>`, for example to move focus to it. Does not change the HTML. */
  containerRef?: Ref<HTMLDivElement>;
}

/** GOV.UK error summary: lists the errors on a page, linking each to the field that has it. */
export function ErrorSummary(props: ErrorSummaryProps) {
  const { titleText, titleHtml, descriptionText, descriptionHtml, children, errorList } = props;
  const { disableAutoFocus, classes, attributes, containerRef } = props;
  const description = { text: descriptionText, html: descriptionHtml?.trim(), children };
  return (
    <div
      // The macro writes `data-module` after the caller's attributes, so theirs wins.
      data-module="govuk-error-summary"
      {...attributeProps(attributes, {
        className: classNames('govuk-error-summary', classes),
        'data-disable-auto-focus': disableAutoFocus === undefined ? undefined : String(disableAutoFocus),
      })}
      ref={containerRef}
    >
      {/* role="alert" sits on a child so that moving focus to the summary does not race the announcement. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title" {...contentProps({ text: titleText, html: titleHtml?.trim() })} />
        <div className="govuk-error-summary__body">
          {hasContent(description) && <p {...contentProps(description)} />}
          {errorList?.length ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errorList.map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
                <ErrorItem key={index} {...item} />
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function ErrorItem({ href, text, html, children, attributes }: ErrorSummaryItem) {
  const content = contentProps({ text, html: html?.trim(), children });
  if (!href) return <li {...content} />;
  return (
    <li>
      <a {...attributeProps(attributes, { href })} {...content} />
    </li>
  );
}
