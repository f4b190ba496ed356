/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps, hasContent } from '../../internal/content';
import { type ActionOption, ButtonOrLink } from '../button/ButtonOrLink';

/** A button or link at the end of an interruption panel (the panel's macro takes no `name` or `value`). */
export type PanelAction = Omit<ActionOption, 'name' | 'value'>;

/** The options of govuk-frontend's `govukPanel` macro. */
export interface PanelProps {
  /** Text to use for the panel title. Ignored if `titleHtml` is given. */
  titleText?: string | number;
  /** HTML to use for the panel title. If given, `titleText` is ignored. */
  titleHtml?: string;
  /** Heading level of the title, from `1` to `6`. Default is `1`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Text to use within the panel content. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** HTML to use within the panel content. If given, `text` is ignored. */
  html?: string;
  /** React content for the panel body: the React form of `html` (and of the macro's `caller` block). */
  children?: ReactNode;
  /** Classes to add to the panel container. Include `govuk-panel--interruption` for an interruption panel. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the panel container. */
  attributes?: Attributes;
  /**
   * The buttons or links of an interruption panel (only rendered when `classes` include `govuk-panel--interruption`).
   * An action is a button unless it has an `href`.
   */
  actions?: {
    /** The buttons or links to display at the end of the interruption panel. */
    items?: readonly PanelAction[];
    /** The additional classes to add to the `govuk-panel__actions` element that wraps the buttons or links. */
    classes?: string;
    /** The additional attributes to add to the `govuk-panel__actions` element that wraps the buttons or links. */
    attributes?: Attributes;
  };
}

// An interruption panel's actions are white on blue.
const inverse = { button: 'govuk-button--inverse', link: 'govuk-link--inverse' };

/** GOV.UK panel: a confirmation that a transaction is complete, or an interruption asking users to check an answer. */
export function Panel(props: PanelProps) {
  const { titleText, titleHtml, headingLevel, text, html, children, classes, attributes, actions } = props;
  const isInterruption = Boolean(classes?.includes('govuk-panel--interruption'));
  const Heading = `h${headingLevel || 1}` as const;
  const body = { text, html: html?.trim(), children };
  return (
    <div
      {...attributeProps(attributes)}
      className={classNames('govuk-panel', !isInterruption && 'govuk-panel--confirmation', classes)}
    >
      <Heading className="govuk-panel__title" {...contentProps({ text: titleText, html: titleHtml })} />
      {hasContent(body) && <div className="govuk-panel__body" {...contentProps(body)} />}
      {isInterruption && actions && (
        <div {...attributeProps(actions.attributes)} className={classNames('govuk-panel__actions', actions.classes)}>
          {actions.items?.length ? (
            <div className="govuk-button-group">
              {actions.items.map((action, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
                <ButtonOrLink key={index} action={action} look={inverse} />
              ))}
            </div>
          ) : null}
        </div>
      )}
    </div>
  );
}
