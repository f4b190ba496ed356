/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps, hasContent } from '../../internal/content';
import { type ActionOption, ButtonOrLink } from '../button/ButtonOrLink';

/** A button or link in a cookie banner message: a submit button posts the choice without JavaScript. */
export type CookieBannerAction = ActionOption;

/** One message of the cookie banner: the question, or a confirmation of the choice made. */
export interface CookieBannerMessage {
  /** The heading text that displays in the message. If you set `headingHtml`, `headingText` is ignored. */
  headingText?: string | number;
  /** The heading HTML to use within the message. If you set `headingHtml`, `headingText` is ignored. */
  headingHtml?: string;
  /** The text for the main content within the message, as a paragraph. If you set `html` (or `children`), `text` is ignored. */
  text?: string | number;
  /** The HTML for the main content within the message. If you set `html`, `text` is not required and is ignored. */
  html?: string;
  /** React content for the message: the React form of `html`. */
  children?: ReactNode;
  /**
   * The buttons and links that you want to display in the message. `actions` defaults to `"button"` unless you set
   * `href`, which renders the action as a link.
   */
  actions?: readonly CookieBannerAction[];
  /**
   * Defaults to `false`. If you set it to `true`, the message is hidden. You can use `hidden` for client-side
   * implementations where the confirmation message HTML is present, but hidden on the page.
   */
  hidden?: boolean;
  /**
   * Set `role` to `"alert"` on confirmation messages to allow assistive tech to automatically read the message. You
   * will also need to move focus to the confirmation message using JavaScript you have written yourself.
   */
  role?: string;
  /** The additional classes that you want to add to the message. */
  classes?: string;
  /** The additional attributes that you want to add to the message. For example, data attributes. */
  attributes?: Attributes;
}

/** The options of govuk-frontend's `govukCookieBanner` macro. */
export interface CookieBannerProps {
  /**
   * The text for the `aria-label` which labels the cookie banner region. This region applies to all messages that
   * the cookie banner includes. For example, the cookie message and the confirmation message. Defaults to
   * `"Cookie banner"`: translate it for a Welsh page.
   */
  ariaLabel?: string;
  /**
   * Defaults to `false`. If you set this option to `true`, the whole cookie banner is hidden, including all messages
   * within the banner. You can use `hidden` for client-side implementations where the cookie banner HTML is present,
   * but hidden until the cookie banner is shown using JavaScript.
   */
  hidden?: boolean;
  /** The additional classes that you want to add to the cookie banner. */
  classes?: string;
  /** The additional attributes that you want to add to the cookie banner. For example, data attributes. */
  attributes?: Attributes;
  /**
   * The different messages you can pass into the cookie banner. For example, the cookie message and the
   * confirmation message.
   */
  messages: readonly CookieBannerMessage[];
}

/**
 * GOV.UK cookie banner: asks residents whether they accept optional cookies, before `<main>`. With `name` and
 * `value` on submit buttons inside a `<form method="post">`, the choice reaches the server without JavaScript.
 */
export function CookieBanner({ ariaLabel, hidden, classes, attributes, messages }: CookieBannerProps) {
  const props = attributeProps(attributes, {
    className: classNames('govuk-cookie-banner', classes),
    // Keeps search engines from quoting the banner as a page's summary.
    'data-nosnippet': '',
    role: 'region',
    'aria-label': ariaLabel || 'Cookie banner',
    hidden: hidden || undefined,
  });
  // The macro writes its bare `hidden` before the caller's attributes, so it wins over a caller's `hidden="until-found"`.
  if (hidden) delete props.Hidden;
  return (
    <div {...props}>
      {messages.map((message, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
        <Message key={index} {...message} />
      ))}
    </div>
  );
}

function Message(props: CookieBannerMessage) {
  const { headingText, headingHtml, text, html, children, actions, hidden, role, classes, attributes } = props;
  const rich = { html: html?.trim(), children };
  const own = attributeProps(attributes, {
    className: classNames('govuk-cookie-banner__message', classes, 'govuk-width-container'),
    role: role || undefined,
  });
  return (
    <div
      // The macro writes `hidden` after the caller's attributes, so a caller's `hidden="until-found"` wins.
      hidden={(hidden && !('Hidden' in own)) || undefined}
      {...own}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {/* The macro tests the options themselves: an empty heading, or 0, is none. */}
          {Boolean(headingHtml || headingText) && (
            <h2
              className="govuk-cookie-banner__heading govuk-heading-m"
              {...contentProps({ text: headingText, html: headingHtml?.trim() })}
            />
          )}
          {hasContent(rich) ? (
            <div className="govuk-cookie-banner__content" {...contentProps(rich)} />
          ) : (
            <div className="govuk-cookie-banner__content">{Boolean(text) && <p className="govuk-body">{text}</p>}</div>
          )}
        </div>
      </div>
      {actions && (
        <div className="govuk-button-group">
          {/* The template's line breaks: two links side by side read as two words, not one. */}
          {actions.flatMap((action, index) => [
            index > 0 && ' ',
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
            <ButtonOrLink key={index} action={action} />,
          ])}
        </div>
      )}
    </div>
  );
}
