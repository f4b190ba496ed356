/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { bodyContentProps } from '../accordion/body';
import type { MaybeItem } from '../choice/Choices';

/** One tab: its label in the list of tabs, and the panel it shows. */
export interface TabsItem {
  /** Specific ID attribute for the tab item (its panel's `id`, which the tab links to). If omitted, then `idPrefix` is required instead. */
  id?: string;
  /** The text label of a tab item. */
  label: string;
  /** HTML attributes (for example data attributes) to add to the tab. */
  attributes?: Attributes;
  /** The contents of each tab within the tabs component. This is referenced as a panel. */
  panel: {
    /** Text to use within each tab panel. Ignored if `html` or `children` is given. */
    text?: string | number;
    /** HTML to use within each tab panel. If given, `text` is ignored. */
    html?: string;
    /** React content for the tab panel: the React form of `html`. */
    children?: ReactNode;
    /** HTML attributes (for example data attributes) to add to the tab panel. */
    attributes?: Attributes;
  };
}

/** The options of govuk-frontend's `govukTabs` macro. */
export interface TabsProps {
  /** This is used for the main component and to compose the ID attribute for each item. */
  id?: string;
  /**
   * Optional prefix. This is used to prefix the `id` attribute for each tab item and panel, separated by `-`: an item
   * without its own `id` gets `<idPrefix>-<n>`, counting items from 1.
   */
  idPrefix?: string;
  /** Title for the tabs table of contents. Defaults to `"Contents"`; set it to translate. */
  title?: string;
  /** The individual tabs within the tabs component. Falsy entries are skipped (they still count for `<idPrefix>-<n>`). */
  items?: readonly MaybeItem<TabsItem>[];
  /** Classes to add to the tabs component. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the tabs component. */
  attributes?: Attributes;
}

/**
 * GOV.UK tabs: related content in panels, one shown at a time. Without JavaScript, the tabs are a table of contents
 * linking to every panel; govuk-frontend's JavaScript (`data-module="govuk-tabs"`) makes them tabs on larger screens.
 */
export function Tabs({ id, idPrefix, title, items = [], classes, attributes }: TabsProps) {
  // As in the macro, an item without an `id` is numbered by its position (falsy items count), after `idPrefix`; and
  // the first position is the selected tab, even when its item is falsy.
  const tabs = items.flatMap((item, index) =>
    item ? [{ item, index, panelId: item.id || `${idPrefix || ''}-${index + 1}` }] : [],
  );
  return (
    <div
      // The macro writes `data-module` after the caller's attributes, so theirs wins: it goes before the spread.
      data-module="govuk-tabs"
      {...attributeProps(attributes, { id: id || undefined, className: classNames('govuk-tabs', classes) })}
    >
      <h2 className="govuk-tabs__title">{title ?? 'Contents'}</h2>
      {items.length ? (
        <>
          <ul className="govuk-tabs__list">
            {tabs.map(({ item, index, panelId }) => (
              <li
                key={index}
                className={classNames('govuk-tabs__list-item', index === 0 && 'govuk-tabs__list-item--selected')}
              >
                <a {...attributeProps(item.attributes, { className: 'govuk-tabs__tab', href: `#${panelId}` })}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
          {tabs.map(({ item, index, panelId }) => (
            <TabPanel key={index} panel={item.panel} id={panelId} hidden={index > 0} />
          ))}
        </>
      ) : null}
    </div>
  );
}

function TabPanel({ panel, id, hidden }: { panel: TabsItem['panel']; id: string; hidden: boolean }) {
  const { attributes, ...content } = panel;
  return (
    <div
      {...attributeProps(attributes, {
        // Only the first panel shows before govuk-frontend's JavaScript runs; the others are hidden by this class.
        className: classNames('govuk-tabs__panel', hidden && 'govuk-tabs__panel--hidden'),
        id,
      })}
      {...bodyContentProps(content)}
    />
  );
}
