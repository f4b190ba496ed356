/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, hasChildren } from '../../internal/content';
import { i18nAttributes } from '../../internal/i18n';
import type { MaybeItem } from '../choice/Choices';
import { bodyContentProps } from './body';

/** One section of an accordion: its heading, an optional summary line, and the content it shows and hides. */
export interface AccordionItem {
  /** The heading of each accordion section. */
  heading: {
    /** The heading text of each section. Ignored if `html` or `children` is given. */
    text?: string | number;
    /**
     * The heading HTML content of each section. The heading is inside the HTML `<button>` element, so you can only
     * add [phrasing content](https://html.spec.whatwg.org/#phrasing-content) to it. If given, `text` is ignored.
     */
    html?: string;
    /** React content for the heading (phrasing content only): the React form of `html`. */
    children?: ReactNode;
  };
  /** The summary line of each accordion section. */
  summary?: {
    /** The summary line text content of each section. Ignored if `html` or `children` is given. */
    text?: string | number;
    /**
     * The summary line HTML content of each section. The summary line is inside the HTML `<button>` element, so you
     * can only add [phrasing content](https://html.spec.whatwg.org/#phrasing-content) to it. If given, `text` is ignored.
     */
    html?: string;
    /** React content for the summary line (phrasing content only): the React form of `html`. */
    children?: ReactNode;
  };
  /** The content of each accordion section. */
  content: {
    /** The text content of each section, which is hidden when the section is closed. Ignored if `html` or `children` is given. */
    text?: string | number;
    /** The HTML content of each section, which is hidden when the section is closed. If given, `text` is ignored. */
    html?: string;
    /** React content for the section: the React form of `html`. */
    children?: ReactNode;
  };
  /** Sets whether the section should be expanded when the page loads for the first time. Defaults to `false`. */
  expanded?: boolean;
}

/** The options of govuk-frontend's `govukAccordion` macro. */
export interface AccordionProps {
  /**
   * Must be unique across the domain of your service if `rememberExpanded` is `true` (as the expanded state of
   * individual instances of the component persists across page loads using session storage). Used as an `id` in the
   * HTML for the accordion as a whole, and also as a prefix for the `id`s of the section contents and the buttons that
   * open them, so that those `id`s can be the target of `aria-controls` attributes.
   */
  id: string;
  /** Heading level, from `1` to `6`. Default is `2`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Classes to add to the accordion. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the accordion. */
  attributes?: Attributes;
  /**
   * Whether the expanded/collapsed state of the accordion should be saved when a user leaves the page and restored
   * when they return. Default is `true`.
   */
  rememberExpanded?: boolean;
  /** The text content of the 'Hide all sections' button at the top of the accordion when all sections are expanded. */
  hideAllSectionsText?: string;
  /** The text content of the 'Hide' button within each section of the accordion, which is visible when the section is expanded. */
  hideSectionText?: string;
  /**
   * Text made available to assistive technologies, like screen-readers, as the final part of the toggle's accessible
   * name when the section is expanded. Defaults to `"Hide this section"`.
   */
  hideSectionAriaLabelText?: string;
  /** The text content of the 'Show all sections' button at the top of the accordion when at least one section is collapsed. */
  showAllSectionsText?: string;
  /** The text content of the 'Show' button within each section of the accordion, which is visible when the section is collapsed. */
  showSectionText?: string;
  /**
   * Text made available to assistive technologies, like screen-readers, as the final part of the toggle's accessible
   * name when the section is collapsed. Defaults to `"Show this section"`.
   */
  showSectionAriaLabelText?: string;
  /**
   * The sections within the accordion. Falsy entries are skipped, but still count when numbering the sections'
   * `id`s (`<id>-heading-<n>`, `<id>-content-<n>`, from 1), as in the macro.
   */
  items: readonly MaybeItem<AccordionItem>[];
}

/**
 * GOV.UK accordion: sections the user can show and hide. This renders the macro's markup; govuk-frontend's
 * JavaScript (`data-module="govuk-accordion"`) turns each heading into a button and adds the "Show all" control.
 */
export function Accordion(props: AccordionProps) {
  const { id, headingLevel, classes, attributes, rememberExpanded, items } = props;
  return (
    <div
      {...attributeProps(attributes, {
        className: classNames('govuk-accordion', classes),
        'data-module': 'govuk-accordion',
        id,
        ...i18nAttributes('hide-all-sections', props.hideAllSectionsText),
        ...i18nAttributes('hide-section', props.hideSectionText),
        ...i18nAttributes('hide-section-aria-label', props.hideSectionAriaLabelText),
        ...i18nAttributes('show-all-sections', props.showAllSectionsText),
        ...i18nAttributes('show-section', props.showSectionText),
        ...i18nAttributes('show-section-aria-label', props.showSectionAriaLabelText),
        'data-remember-expanded': rememberExpanded === undefined ? undefined : String(rememberExpanded),
      })}
    >
      {items.map((item, index) =>
        item ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the position is the section's number in its ids.
          <Section key={index} item={item} idPrefix={id} number={index + 1} headingLevel={headingLevel || 2} />
        ) : null,
      )}
    </div>
  );
}

interface SectionProps {
  item: AccordionItem;
  idPrefix: string;
  number: number;
  headingLevel: NonNullable<AccordionProps['headingLevel']>;
}

function Section({ item, idPrefix, number, headingLevel }: SectionProps) {
  const { heading, summary, content, expanded } = item;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={classNames('govuk-accordion__section', expanded && 'govuk-accordion__section--expanded')}>
      <div className="govuk-accordion__section-header">
        <Heading className="govuk-accordion__section-heading">
          <span
            className="govuk-accordion__section-button"
            id={`${idPrefix}-heading-${number}`}
            {...spacedContentProps(heading)}
          />
        </Heading>
        {summary && (hasChildren(summary.children) || summary.html || summary.text) ? (
          <div
            className="govuk-accordion__section-summary govuk-body"
            id={`${idPrefix}-summary-${number}`}
            {...spacedContentProps(summary)}
          />
        ) : null}
      </div>
      <div
        id={`${idPrefix}-content-${number}`}
        className="govuk-accordion__section-content"
        {...bodyContentProps(content)}
      />
    </div>
  );
}

/**
 * A heading's or summary's content with a space either side, as the template's line breaks leave it. govuk-frontend's
 * JavaScript moves this content into the button it builds, beside its own "Show" text: without the spaces the
 * button's visible words run together ("Section AShow") and no longer match its `aria-label` (WCAG 2.5.3).
 */
function spacedContentProps({ text, html, children }: Content) {
  if (hasChildren(children)) return { children: <> {children} </> };
  if (html) return { dangerouslySetInnerHTML: { __html: ` ${html.trim()} ` } };
  return { children: ` ${text ?? ''} ` };
}
