/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';

/** The options of govuk-frontend's `govukInsetText` macro. */
export interface InsetTextProps {
  /** Text to use within the inset text. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML to use within the inset text. If given, `text` is ignored. */
  html?: string;
  /** React content for the inset text: the React form of `html` (and of the macro's `caller` block). */
  children?: ReactNode;
  /** ID attribute to add to the inset text container. */
  id?: string;
  /** Classes to add to the inset text container. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the inset text container. */
  attributes?: Attributes;
}

/** GOV.UK inset text: differentiates a block of text from the content around it. */
export function InsetText({ text, html, children, id, classes, attributes }: InsetTextProps) {
  return (
    <div
      {...attributeProps(attributes, { id, className: classNames('govuk-inset-text', classes) })}
      {...contentProps({ text, html: html?.trim(), children })}
    />
  );
}
