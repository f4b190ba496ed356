/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';

/** One breadcrumb: a link, or, without `href`, the current page. */
export interface BreadcrumbsItem {
  /** Text to use within the breadcrumbs item. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML to use within the breadcrumbs item. If given, `text` is ignored. */
  html?: string;
  /** React content for the breadcrumbs item: the React form of `html`. */
  children?: ReactNode;
  /** Link for the breadcrumbs item. If not specified, breadcrumbs item is a normal list item (the current page). */
  href?: string;
  /** HTML attributes (for example data attributes) to add to the individual crumb (its link). */
  attributes?: Attributes;
}

/** The options of govuk-frontend's `govukBreadcrumbs` macro. */
export interface BreadcrumbsProps {
  /** The items within breadcrumbs. */
  items: readonly BreadcrumbsItem[];
  /** Classes to add to the breadcrumbs container. */
  classes?: string;
  /** When `true`, the breadcrumbs will collapse to the first and last item only on tablet breakpoint and below. */
  collapseOnMobile?: boolean;
  /** HTML attributes (for example data attributes) to add to the breadcrumbs container. */
  attributes?: Attributes;
  /** Plain text label identifying the landmark to screen readers. Defaults to `"Breadcrumb"`; set it to translate. */
  labelText?: string;
}

/** GOV.UK breadcrumbs: where the current page sits in the site's structure, with links to the pages above it. */
export function Breadcrumbs({ items, classes, collapseOnMobile, attributes, labelText }: BreadcrumbsProps) {
  return (
    <nav
      // The macro writes `aria-label` after the caller's attributes, so theirs wins: it goes before the spread.
      aria-label={labelText ?? 'Breadcrumb'}
      {...attributeProps(attributes, {
        className: classNames(
          'govuk-breadcrumbs',
          classes,
          collapseOnMobile && 'govuk-breadcrumbs--collapse-on-mobile',
        ),
      })}
    >
      <ol className="govuk-breadcrumbs__list">
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static trail, never reordered.
          <Crumb key={index} {...item} />
        ))}
      </ol>
    </nav>
  );
}

function Crumb({ text, html, children, href, attributes }: BreadcrumbsItem) {
  const content = contentProps({ text, html, children });
  if (!href) {
    return <li className="govuk-breadcrumbs__list-item" aria-current="page" {...content} />;
  }
  return (
    <li className="govuk-breadcrumbs__list-item">
      <a {...attributeProps(attributes, { className: 'govuk-breadcrumbs__link', href })} {...content} />
    </li>
  );
}
