/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps, hasContent } from '../../internal/content';

/** The options of govuk-frontend's `govukFeedback` macro. */
export interface FeedbackProps {
  /** Text to use within the title of the Feedback component. If `titleHtml` is provided, the `titleText` option will be ignored. */
  titleText?: string | number;
  /** HTML to use within the title of the Feedback component. If `titleHtml` is provided, the `titleText` option will be ignored. */
  titleHtml?: string;
  /** Heading level, from `1` to `6`. Default is `2`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Text to use within the Feedback component content, as a paragraph. If `html` or `children` is provided, the `text` option will be ignored. */
  text?: string | number;
  /** HTML to use within the Feedback component content. If `html` is provided, the `text` option will be ignored. */
  html?: string;
  /** React content for the Feedback component: the React form of `html` (and of the macro's `caller` block). */
  children?: ReactNode;
  /** Classes to add to the Feedback component container. */
  classes?: string;
  /** HTML attributes (for example, data attributes) to add to the Feedback component container. */
  attributes?: Attributes;
}

/** GOV.UK feedback: asks residents, at the foot of a page, to tell the council how the service could be better. */
export function Feedback(props: FeedbackProps) {
  const { titleText, titleHtml, headingLevel, text, html, children, classes, attributes } = props;
  const Heading = `h${headingLevel || 2}` as const;
  const rich = { html: html?.trim(), children };
  return (
    <div {...attributeProps(attributes)} className={classNames('govuk-feedback govuk-width-container', classes)}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Heading className="govuk-feedback__title" {...contentProps({ text: titleText, html: titleHtml })} />
          {hasContent(rich) ? (
            <div className="govuk-feedback__body" {...contentProps(rich)} />
          ) : (
            hasContent({ text }) && (
              <div className="govuk-feedback__body">
                <p className="govuk-body">{String(text).trim()}</p>
              </div>
            )
          )}
        </div>
      </div>
    </div>
  );
}
