/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps, hasChildren } from '../../internal/content';
import type { MaybeItem } from '../choice/Choices';

/** One item in the list of pages: a numbered link, or an ellipsis. */
export interface PaginationItem {
  /** The pagination item text – usually a page number. Required unless the item is an ellipsis. */
  number?: string | number;
  /**
   * The visually hidden label for the pagination item, which will be applied to an `aria-label` and announced by
   * screen readers on the pagination item link. Should include page number. Defaults to, for example `"Page 1"`; set
   * it to translate (`"Tudalen 1"`). Keep the number as it is shown, so people using voice control can say what they
   * see (WCAG 2.5.3).
   */
  visuallyHiddenText?: string;
  /** The link's URL. Required unless the item is an ellipsis. */
  href?: string;
  /** Set to `true` to indicate the current page the user is on. */
  current?: boolean;
  /**
   * Use this option if you want to specify an ellipsis at a given point between numbers. If you set this option as
   * `true`, any other options for the item are ignored.
   */
  ellipsis?: boolean;
  /** The HTML attributes (for example, data attributes) you want to add to the anchor. */
  attributes?: Attributes;
}

/** The link to the previous or the next page. */
export interface PaginationLink {
  /**
   * The text content of the link. Defaults to `"Previous page"` or `"Next page"`, with 'page' being visually hidden.
   * Ignored if `html` or `children` is given.
   */
  text?: string | number;
  /** The HTML content of the link. Defaults to `"Previous page"` or `"Next page"`, with 'page' being visually hidden. If given, `text` is ignored. */
  html?: string;
  /** React content for the link (phrasing content only): the React form of `html`. */
  children?: ReactNode;
  /**
   * The optional label that goes underneath the link, providing further context for the user about where the link
   * goes. Only shown when there are no `items` (the block style, for a series of content pages).
   */
  labelText?: string;
  /** The previous or next page's URL. Without it, the link is not rendered. */
  href: string;
  /** The HTML attributes (for example, data attributes) you want to add to the anchor. */
  attributes?: Attributes;
}

/** The options of govuk-frontend's `govukPagination` macro. */
export interface PaginationProps {
  /**
   * The items within the pagination component. Without `items`, the previous and next links are shown as blocks,
   * one above the other, with their `labelText`. Falsy and empty items are skipped.
   */
  items?: readonly MaybeItem<PaginationItem>[];
  /** A link to the previous page, if there is a previous page. */
  previous?: PaginationLink | null;
  /** A link to the next page, if there is a next page. */
  next?: PaginationLink | null;
  /** The label for the navigation landmark that wraps the pagination. Defaults to `"Pagination"`; set it to translate. */
  landmarkLabel?: string;
  /** The classes you want to add to the pagination `nav` parent. */
  classes?: string;
  /** The HTML attributes (for example, data attributes) you want to add to the pagination `nav` parent. */
  attributes?: Attributes;
}

/**
 * GOV.UK pagination: links to the previous and next pages and, for a list of results, to numbered pages. Every
 * visible and announced word is a prop (`previous.text`, `next.text`, `landmarkLabel`, `visuallyHiddenText`), so
 * Welsh pages can translate them.
 */
export function Pagination({ items, previous, next, landmarkLabel, classes, attributes }: PaginationProps) {
  const block = !items && Boolean(next || previous);
  return (
    <nav
      {...attributeProps(attributes, {
        className: classNames('govuk-pagination', block && 'govuk-pagination--block', classes),
        'aria-label': landmarkLabel || 'Pagination',
      })}
    >
      {previous?.href ? <ArrowLink link={previous} direction="prev" block={block} /> : null}
      {items ? (
        <ul className="govuk-pagination__list">
          {items.map((item, index) =>
            // The macro skips empty items (`{}`) as well as falsy ones.
            item && Object.keys(item).length ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list of pages, never reordered.
              <PageItem key={index} {...item} />
            ) : null,
          )}
        </ul>
      ) : null}
      {next?.href ? <ArrowLink link={next} direction="next" block={block} /> : null}
    </nav>
  );
}

function PageItem({ number, visuallyHiddenText, href, current, ellipsis, attributes }: PaginationItem) {
  return (
    <li
      className={classNames(
        'govuk-pagination__item',
        current && 'govuk-pagination__item--current',
        ellipsis && 'govuk-pagination__item--ellipsis',
      )}
    >
      {ellipsis ? (
        '\u22ef' // ⋯, the template's `&ctdot;`
      ) : (
        <a
          {...attributeProps(attributes, {
            className: 'govuk-link govuk-pagination__link',
            href,
            'aria-label': visuallyHiddenText ?? `Page ${number}`,
            'aria-current': current ? 'page' : undefined,
          })}
        >
          {number}
        </a>
      )}
    </li>
  );
}

interface ArrowLinkProps {
  link: PaginationLink;
  direction: 'prev' | 'next';
  /** Whether the links are blocks (no `items`): then both arrows come first, and labels show. */
  block: boolean;
}

function ArrowLink({ link, direction, block }: ArrowLinkProps) {
  const { text, html, children, labelText, href, attributes } = link;
  const given = hasChildren(children) || html || text;
  const arrow = <Arrow direction={direction} />;
  return (
    <div className={`govuk-pagination__${direction}`}>
      <a {...attributeProps(attributes, { className: 'govuk-link govuk-pagination__link', href, rel: direction })}>
        {block || direction === 'prev' ? arrow : null}
        <span
          className={classNames(
            'govuk-pagination__link-title',
            block && !labelText && 'govuk-pagination__link-title--decorated',
          )}
          {...(given
            ? contentProps({ text, html: html?.trim(), children })
            : {
                children: (
                  <>
                    {direction === 'prev' ? 'Previous' : 'Next'}
                    <span className="govuk-visually-hidden"> page</span>
                  </>
                ),
              })}
        />
        {labelText && block ? (
          // Spaced as in the template, so the title, colon and label are read as words apart.
          <>
            {' '}
            <span className="govuk-visually-hidden">:</span>{' '}
            <span className="govuk-pagination__link-label">{labelText}</span>
          </>
        ) : null}
        {!block && direction === 'next' ? arrow : null}
      </a>
    </div>
  );
}

function Arrow({ direction }: { direction: 'prev' | 'next' }) {
  return (
    // focusable="false" stops Internet Explorer treating the SVG as interactive, as in the template.
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path
        d={
          direction === 'prev'
            ? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
            : 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z'
        }
      />
    </svg>
  );
}
