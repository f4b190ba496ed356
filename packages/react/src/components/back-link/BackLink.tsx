/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';

/** The options of govuk-frontend's `govukBackLink` macro. */
export interface BackLinkProps {
  /** Text to use within the back link. Ignored if `html` or `children` is given. Defaults to `"Back"`. */
  text?: string | number;
  /** HTML to use within the back link. If given, `text` is ignored. */
  html?: string;
  /** React content for the back link: the React form of `html`. */
  children?: ReactNode;
  /** The value of the link's `href` attribute. Defaults to `"#"`. */
  href?: string;
  /** Classes to add to the anchor tag, such as `govuk-back-link--inverse`. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the anchor tag. */
  attributes?: Attributes;
}

/** GOV.UK back link: helps users go back to the previous page in a multi-page transaction. */
export function BackLink({ text, html, children, href, classes, attributes }: BackLinkProps) {
  return (
    <a
      {...attributeProps(attributes)}
      href={href || '#'}
      className={classNames('govuk-back-link', classes)}
      {...contentProps({ text: text || 'Back', html, children })}
    />
  );
}
