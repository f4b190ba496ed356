/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';

/** The options of govuk-frontend's `govukTag` macro. */
export interface TagProps {
  /** Text to use within the tag. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML to use within the tag. If given, `text` is ignored. */
  html?: string;
  /** React content for the tag: the React form of `html`. */
  children?: ReactNode;
  /** Classes to add to the tag, such as `govuk-tag--grey`. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the tag. */
  attributes?: Attributes;
}

/** GOV.UK tag: shows users the status of something. */
export function Tag({ text, html, children, classes, attributes }: TagProps) {
  return (
    <strong
      {...attributeProps(attributes)}
      className={classNames('govuk-tag', classes)}
      {...contentProps({ text, html: html?.trim(), children })}
    />
  );
}
