/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps, escapeHtml, hasContent } from '../../internal/content';

/** The key or the value of a summary list row. */
export interface SummaryListCell {
  /** Text to use within the key or value. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML to use within the key or value. If given, `text` is ignored. */
  html?: string;
  /** React content: the React form of `html`. */
  children?: ReactNode;
  /** Classes to add to the key or value wrapper. */
  classes?: string;
}

/** An action link, in a row or in a summary card's header. */
export interface SummaryListAction {
  /** The value of the link's `href` attribute. */
  href: string;
  /** Text of the action link, such as "Change". Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML of the action link. If given, `text` is ignored. */
  html?: string;
  /** React content of the action link: the React form of `html`. */
  children?: ReactNode;
  /**
   * Visually hidden text appended to the link, so that it makes sense out of context (for example " name" after
   * "Change"). Use `html` for more complicated scenarios.
   */
  visuallyHiddenText?: string;
  /** Classes to add to the action link. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the action link. */
  attributes?: Attributes;
}

/** The action links of a row or of a summary card. */
export interface SummaryListActions {
  /** The action links. */
  items?: readonly SummaryListAction[];
  /** Classes to add to the actions wrapper. */
  classes?: string;
}

/** One row of the summary list: a key, its value and optional actions. */
export interface SummaryListRow {
  /** The reference content (key) of the row, such as "Name". */
  key: SummaryListCell;
  /** The value of the row. */
  value: SummaryListCell;
  /** The action links of the row, such as "Change". */
  actions?: SummaryListActions;
  /** Classes to add to the row `div`, such as `govuk-summary-list__row--no-border`. */
  classes?: string;
}

/** The title of a summary card. */
export interface SummaryCardTitle {
  /** Text of the title. Ignored if `html` is given. */
  text?: string | number;
  /** HTML of the title. If given, `text` is ignored. */
  html?: string;
  /** Heading level, from `1` to `6`. Default is `2`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Classes to add to the title. */
  classes?: string;
}

/** The options of govuk-frontend's `govukSummaryList` macro. */
export interface SummaryListProps {
  /** The rows of the summary list. Falsy entries are skipped, so rows can be included conditionally. */
  rows: readonly (SummaryListRow | false | null | undefined)[];
  /** Wraps the summary list in a summary card when given (even empty). */
  card?: {
    /** The card's title. Also appended, visually hidden, to every action link so each makes sense on its own. */
    title?: SummaryCardTitle;
    /** The action links shown in the card's header. */
    actions?: SummaryListActions;
    /** Classes to add to the card container. */
    classes?: string;
    /** HTML attributes (for example data attributes) to add to the card container. */
    attributes?: Attributes;
  };
  /** Classes to add to the summary list, such as `govuk-summary-list--no-border`. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the summary list. */
  attributes?: Attributes;
}

/** GOV.UK summary list: pairs of keys and values, such as answers to check, optionally in a summary card. */
export function SummaryList({ rows, card, classes, attributes }: SummaryListProps) {
  const cardTitle = card?.title;
  const presentRows = rows.filter((row): row is SummaryListRow => Boolean(row));
  // When some rows have actions, the others get a modifier class so that their columns still line up.
  const anyRowHasActions = presentRows.some((row) => row.actions?.items?.length);
  const list = (
    <dl {...attributeProps(attributes)} className={classNames('govuk-summary-list', classes)}>
      {presentRows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
        <Row key={index} row={row} cardTitle={cardTitle} anyRowHasActions={anyRowHasActions} />
      ))}
    </dl>
  );
  if (!card) return list;

  const items = card.actions?.items ?? [];
  const [onlyItem] = items;
  const Heading = `h${cardTitle?.headingLevel || 2}` as const;
  return (
    <div {...attributeProps(card.attributes)} className={classNames('govuk-summary-card', card.classes)}>
      <div className="govuk-summary-card__title-wrapper">
        {cardTitle && (
          <Heading
            className={classNames('govuk-summary-card__title', cardTitle.classes)}
            {...contentProps({ text: cardTitle.text, html: cardTitle.html?.trim() })}
          />
        )}
        {items.length === 1 && onlyItem ? (
          <div className={classNames('govuk-summary-card__actions', card.actions?.classes)}>
            <ActionLink action={onlyItem} cardTitle={cardTitle} />
          </div>
        ) : items.length > 1 ? (
          <ul className={classNames('govuk-summary-card__actions', card.actions?.classes)}>
            {items.map((action, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
              <li key={index} className="govuk-summary-card__action">
                <ActionLink action={action} cardTitle={cardTitle} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  );
}

interface RowProps {
  row: SummaryListRow;
  cardTitle: SummaryCardTitle | undefined;
  anyRowHasActions: boolean;
}

function Row({ row, cardTitle, anyRowHasActions }: RowProps) {
  const { key, value, actions } = row;
  const items = actions?.items;
  const [onlyItem] = items ?? [];
  return (
    <div
      className={classNames(
        'govuk-summary-list__row',
        // As in govuk-frontend, an empty `items` array counts as having actions here.
        anyRowHasActions && !items && 'govuk-summary-list__row--no-actions',
        row.classes,
      )}
    >
      <dt className={classNames('govuk-summary-list__key', key.classes)} {...cellContent(key)} />
      <dd className={classNames('govuk-summary-list__value', value.classes)} {...cellContent(value)} />
      {items?.length ? (
        <dd className={classNames('govuk-summary-list__actions', actions?.classes)}>
          {items.length === 1 && onlyItem ? (
            <ActionLink action={onlyItem} cardTitle={cardTitle} />
          ) : (
            <ul className="govuk-summary-list__actions-list">
              {items.map((action, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
                <li key={index} className="govuk-summary-list__actions-list-item">
                  <ActionLink action={action} cardTitle={cardTitle} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      ) : null}
    </div>
  );
}

function cellContent({ text, html, children }: SummaryListCell) {
  return contentProps({ text, html: html?.trim(), children });
}

function ActionLink({ action, cardTitle }: { action: SummaryListAction; cardTitle: SummaryCardTitle | undefined }) {
  const { href, text, html, children, visuallyHiddenText, classes, attributes } = action;
  const hidden = hiddenHtml(visuallyHiddenText, cardTitle);
  const hasChildren = hasContent({ children });
  // An `html` string shares the link with the hidden span, so both go into one HTML string.
  const content =
    html && !hasChildren
      ? contentProps({
          html: hidden === undefined ? html : `${html}<span class="govuk-visually-hidden">${hidden}</span>`,
        })
      : {
          children: (
            <>
              {hasChildren ? children : text}
              {hidden !== undefined && <span className="govuk-visually-hidden" {...contentProps({ html: hidden })} />}
            </>
          ),
        };
  return <a {...attributeProps(attributes)} className={classNames('govuk-link', classes)} href={href} {...content} />;
}

// The visually hidden end of an action link, as HTML: " {visuallyHiddenText} ({card title})", so that a screen
// reader user hears which answer (and which card) "Change" is for.
function hiddenHtml(visuallyHiddenText: string | undefined, cardTitle: SummaryCardTitle | undefined) {
  if (!visuallyHiddenText && !cardTitle) return undefined;
  const suffix = visuallyHiddenText ? ` ${escapeHtml(visuallyHiddenText)}` : '';
  if (!cardTitle) return suffix;
  return `${suffix} (${cardTitle.html ?? escapeHtml(cardTitle.text ?? '')})`;
}
