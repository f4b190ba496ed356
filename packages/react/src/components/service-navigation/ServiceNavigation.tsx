/** @jsxImportSource ../../internal/jsx */
import { isValidElement, type ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps, hasContent } from '../../internal/content';
import { type Slot, withSlots } from './htmlSlots';

/** A navigation item: a link, or text when it has no `href`. */
export interface ServiceNavigationItem extends Content {
  /** If `true`, the user is on this page (`aria-current="page"`). Takes precedence over `active`. */
  current?: boolean;
  /** If `true`, the user is within this group of pages in the navigation hierarchy (`aria-current="true"`). */
  active?: boolean;
  /** URL of the navigation item’s link. */
  href?: string;
  /** HTML attributes (for example data attributes) to add to the navigation item’s link. */
  attributes?: Attributes;
}

/** The `end` slot with options. */
export interface ServiceNavigationEndSlot {
  /** HTML injected at the end of the service navigation container. */
  html?: string;
  /** React content for the end of the service navigation container: the React form of `html`. */
  children?: ReactNode;
  /**
   * By default the `end` slot renders below the navigation items. Use `inline` to render it on the same line as the
   * navigation items when space is available.
   */
  align?: 'inline';
}

/**
 * Points for injecting custom content. Each takes an HTML string, as the Nunjucks macro does (a string is always
 * HTML), or React content. An HTML string cannot share its place with React components: use one form per place.
 */
export interface ServiceNavigationSlots {
  /** Content at the start of the service navigation container. */
  start?: Slot;
  /** Content at the end of the service navigation container, such as a language navigation; or options for it. */
  end?: Slot | ServiceNavigationEndSlot;
  /** List items before the first navigation item. Requires `navigation` to be set. */
  navigationStart?: Slot;
  /** List items after the last navigation item. Requires `navigation` to be set. */
  navigationEnd?: Slot;
}

/** The options of govuk-frontend's `govukServiceNavigation` macro. */
export interface ServiceNavigationProps {
  /** Classes to add to the service navigation container. */
  classes?: string;
  /** HTML attributes (for example, data attributes) to add to the service navigation container. */
  attributes?: Attributes;
  /** The `aria-label` of the service navigation region when it has a service name. Defaults to “Service information”. */
  ariaLabel?: string;
  /** The text of the mobile navigation menu toggle. Defaults to “Menu”. */
  menuButtonText?: string;
  /**
   * The screen reader label for the mobile navigation menu toggle. Defaults to `menuButtonText`. If you set it, keep
   * the visible `menuButtonText` in it, so that speech users can say what they see (WCAG 2.5.3 Label in Name).
   */
  menuButtonLabel?: string;
  /** The screen reader label for the navigation. Defaults to `menuButtonText`. */
  navigationLabel?: string;
  /** The `id` tying the mobile navigation toggle to the navigation list. Defaults to `navigation`. */
  navigationId?: string;
  /** Classes to add to the navigation container. */
  navigationClasses?: string;
  /** Whether the navigation collapses into a menu on mobile. Defaults to `true` when there is more than one item. */
  collapseNavigationOnMobile?: boolean;
  /** The name of your service. */
  serviceName?: string;
  /** The homepage of your service. */
  serviceUrl?: string;
  /** The navigation items. Empty values (`null`, `false`, `''`) are skipped, as in the macro. */
  navigation?: readonly (ServiceNavigationItem | null | false | '' | undefined)[];
  /** Points for injecting custom content: an HTML string (as in the macro) or React content. */
  slots?: ServiceNavigationSlots;
}

function isEndSlotOptions(end: ServiceNavigationSlots['end']): end is ServiceNavigationEndSlot {
  return (
    typeof end === 'object' && end !== null && !isValidElement(end) && !(Symbol.iterator in end) && !('then' in end)
  );
}

function hasSlot(slot: Slot): boolean {
  return slot !== undefined && slot !== null && slot !== false && slot !== '';
}

// A plain function, not a component: an HTML string slot may need this markup written out as HTML (see htmlSlots).
function navigationItem(item: ServiceNavigationItem, index: number) {
  const highlighted = item.active || item.current;
  const ariaCurrent = highlighted ? (item.current ? 'page' : 'true') : undefined;
  // Active items are wrapped in <strong> so that people who override colours or styles still see which is current.
  const inner = highlighted
    ? { children: <strong className="govuk-service-navigation__active-fallback" {...contentProps(item)} /> }
    : contentProps(item);
  return (
    <li
      key={index}
      className={classNames('govuk-service-navigation__item', highlighted && 'govuk-service-navigation__item--active')}
    >
      {item.href ? (
        <a
          {...attributeProps(item.attributes)}
          className="govuk-service-navigation__link"
          href={item.href}
          aria-current={ariaCurrent}
          {...inner}
        />
      ) : hasContent(item) ? (
        <span className="govuk-service-navigation__text" aria-current={ariaCurrent} {...inner} />
      ) : null}
    </li>
  );
}

function serviceNameMarkup(serviceName: string, serviceUrl: string | undefined) {
  return (
    <span className="govuk-service-navigation__service-name">
      {serviceUrl ? (
        <a href={serviceUrl} className="govuk-service-navigation__link">
          {serviceName}
        </a>
      ) : (
        <span className="govuk-service-navigation__text">{serviceName}</span>
      )}
    </span>
  );
}

/**
 * GOV.UK service navigation: the service name and the main navigation, with a menu toggle on mobile once
 * govuk-frontend’s JavaScript runs. Put a language navigation in `slots.end` for an English and Cymraeg switch.
 */
export function ServiceNavigation({
  classes,
  attributes,
  ariaLabel,
  menuButtonText,
  menuButtonLabel,
  navigationLabel,
  navigationId,
  navigationClasses,
  collapseNavigationOnMobile,
  serviceName,
  serviceUrl,
  navigation = [],
  slots = {},
}: ServiceNavigationProps) {
  const buttonText = menuButtonText || 'Menu';
  const listId = navigationId || 'navigation';
  const items = navigation.filter((item): item is ServiceNavigationItem => Boolean(item));
  const collapse = collapseNavigationOnMobile ?? items.length > 1;
  const endOptions = isEndSlotOptions(slots.end) ? slots.end : undefined;
  const end: Slot = endOptions ? (endOptions.children ?? endOptions.html) : (slots.end as Slot);

  const nav =
    items.length || hasSlot(slots.navigationStart) || hasSlot(slots.navigationEnd) ? (
      <nav
        aria-label={navigationLabel || buttonText}
        className={classNames('govuk-service-navigation__wrapper', navigationClasses)}
      >
        {collapse ? (
          // Hidden until govuk-frontend's JavaScript shows it; without JavaScript the list is always visible.
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: `hidden` makes it unfocusable; the script removes both.
          <button
            type="button"
            className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
            aria-controls={listId}
            aria-label={menuButtonLabel && menuButtonLabel !== buttonText ? menuButtonLabel : undefined}
            hidden
            aria-hidden="true"
          >
            {buttonText}
          </button>
        ) : null}
        {withSlots(
          'ul',
          { className: 'govuk-service-navigation__list', id: listId },
          slots.navigationStart,
          items.map(navigationItem),
          slots.navigationEnd,
        )}
      </nav>
    ) : null;

  const inner = withSlots(
    'div',
    {
      className: classNames(
        'govuk-width-container',
        endOptions?.align === 'inline' && 'govuk-service-navigation__inlining-container',
      ),
    },
    slots.start,
    <div className="govuk-service-navigation__container">
      {serviceName ? serviceNameMarkup(serviceName, serviceUrl) : null}
      {nav}
    </div>,
    end,
  );

  const containerProps = {
    ...attributeProps(attributes),
    className: classNames('govuk-service-navigation', classes),
    'data-module': 'govuk-service-navigation',
  };
  // With a service name or slotted content, a labelled <section> is the landmark; otherwise the <nav> is enough.
  return serviceName || hasSlot(slots.start) || hasSlot(end) ? (
    <section aria-label={ariaLabel ?? 'Service information'} {...containerProps}>
      {inner}
    </section>
  ) : (
    <div {...containerProps}>{inner}</div>
  );
}
