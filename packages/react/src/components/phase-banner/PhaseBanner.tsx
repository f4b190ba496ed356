/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';
import { Tag } from '../tag/Tag';

/** The options of govuk-frontend's `govukPhaseBanner` macro. */
export interface PhaseBannerProps {
  /** Text to use within the phase banner. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML to use within the phase banner. If given, `text` is ignored. */
  html?: string;
  /** React content for the phase banner: the React form of `html`. */
  children?: ReactNode;
  /** The tag used by the phase banner, such as `{ text: 'Beta' }`. Without it the tag renders empty, as in govuk-frontend. */
  tag?: {
    /** Text to use within the tag. Ignored if `html` or `children` is given. */
    text?: string | number;
    /** HTML to use within the tag. If given, `text` is ignored. */
    html?: string;
    /** React content for the tag: the React form of `html`. */
    children?: ReactNode;
    /** Classes to add to the tag, such as `govuk-tag--grey`. */
    classes?: string;
  };
  /** Classes to add to the phase banner container. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the phase banner container. */
  attributes?: Attributes;
}

/** GOV.UK phase banner: shows users the service is still being worked on (alpha or beta). */
export function PhaseBanner({ text, html, children, tag, classes, attributes }: PhaseBannerProps) {
  return (
    <div {...attributeProps(attributes)} className={classNames('govuk-phase-banner govuk-width-container', classes)}>
      <p className="govuk-phase-banner__content">
        <Tag text={tag?.text} html={tag?.html} classes={classNames('govuk-phase-banner__content__tag', tag?.classes)}>
          {tag?.children}
        </Tag>{' '}
        <span className="govuk-phase-banner__text" {...contentProps({ text, html: html?.trim(), children })} />
      </p>
    </div>
  );
}
