/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';

/** The options of govuk-frontend's `govukSkipLink` macro. */
export interface SkipLinkProps {
  /** Text to use within the skip link. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML to use within the skip link. If given, `text` is ignored. */
  html?: string;
  /** React content for the skip link: the React form of `html`. */
  children?: ReactNode;
  /** The value of the skip link's `href` attribute. Defaults to `"#content"`. */
  href?: string;
  /** Classes to add to the skip link. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the skip link. */
  attributes?: Attributes;
}

/** GOV.UK skip link: lets keyboard users skip to the main content. */
export function SkipLink({ text, html, children, href, classes, attributes }: SkipLinkProps) {
  return (
    <a
      // The macro writes `data-module` after the caller's attributes, so theirs wins.
      data-module="govuk-skip-link"
      {...attributeProps(attributes)}
      href={href || '#content'}
      className={classNames('govuk-skip-link', classes)}
      {...contentProps({ text, html, children })}
    />
  );
}
