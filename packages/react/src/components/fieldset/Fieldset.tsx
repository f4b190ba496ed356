/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import type { Attributes } from '../../internal/attributes';
import { attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps, escapeHtml, hasChildren, hasContent } from '../../internal/content';

/** The fieldset's legend: the question that its fields answer together. */
export interface FieldsetLegend extends Content {
  /** Classes to add, such as `govuk-fieldset__legend--l`. */
  classes?: string;
  /** Puts the legend's content in an `<h1>`, for a question that is the page's heading. */
  isPageHeading?: boolean;
}

/** The options of govuk-frontend's `govukFieldset` macro. */
export interface FieldsetProps {
  legend?: FieldsetLegend;
  /** Space-separated `id`s of elements that describe the fieldset (for `aria-describedby`). */
  describedBy?: string;
  /** Such as `group`, for a fieldset of several fields read as one answer (a date). */
  role?: string;
  classes?: string;
  attributes?: Attributes;
  /** The fields inside: the React form of the macro's `caller` block. */
  children?: ReactNode;
  /**
   * The fields inside as an HTML string, as the macro's `html` option. `children` wins when both are given. With a
   * legend given as React `children`, the string is wrapped in a `<div>`, as React cannot place raw HTML beside it.
   */
  html?: string;
}

/** A GOV.UK fieldset, which groups related fields under one legend. */
export function Fieldset({ legend, describedBy, role, classes, attributes, children, html }: FieldsetProps) {
  const props = attributeProps(attributes, {
    className: classNames('govuk-fieldset', classes),
    role,
    'aria-describedby': describedBy,
  });
  const hasLegend = legend !== undefined && hasContent(legend);
  const hasBody = hasChildren(children);
  // An HTML string body cannot sit beside a React legend in one element, so the legend joins the string too.
  if (!hasBody && html && !(hasLegend && legend.children !== undefined)) {
    const legendHtml = hasLegend ? legendAsHtml(legend) : '';
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the macro's `html` option is HTML by definition.
    return <fieldset {...props} dangerouslySetInnerHTML={{ __html: legendHtml + html }} />;
  }
  return (
    <fieldset {...props}>
      {hasLegend && <Legend {...legend} />}
      {hasBody ? (
        children
      ) : html ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the macro's `html` option is HTML by definition.
        <div dangerouslySetInnerHTML={{ __html: html }} />
      ) : null}
    </fieldset>
  );
}

function Legend({ classes, isPageHeading, ...content }: FieldsetLegend) {
  const className = classNames('govuk-fieldset__legend', classes);
  if (isPageHeading) {
    return (
      <legend className={className}>
        <h1 className="govuk-fieldset__heading" {...contentProps(content)} />
      </legend>
    );
  }
  return <legend className={className} {...contentProps(content)} />;
}

function legendAsHtml({ classes, isPageHeading, html, text }: FieldsetLegend): string {
  const inner = html || escapeHtml(text ?? '');
  const body = isPageHeading ? `<h1 class="govuk-fieldset__heading">${inner}</h1>` : inner;
  return `<legend class="${escapeHtml(classNames('govuk-fieldset__legend', classes))}">${body}</legend>`;
}
