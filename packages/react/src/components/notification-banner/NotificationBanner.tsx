/** @jsxImportSource ../../internal/jsx */
import type { ReactNode, Ref } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps, hasContent } from '../../internal/content';

/** The options of govuk-frontend's `govukNotificationBanner` macro, plus React-only `containerRef`. */
export interface NotificationBannerProps {
  /** The text of the banner, shown as a heading-styled paragraph. Ignored if `html` or `children` is given. */
  text?: string | number;
  /** The HTML of the banner. If given, `text` is ignored. */
  html?: string;
  /** React content for the banner: the React form of `html` (and of the macro's `caller` block). */
  children?: ReactNode;
  /**
   * The title text. Defaults to `"Important"`, or `"Success"` when `type` is `"success"`; set it to translate.
   * Ignored if `titleHtml` is given.
   */
  titleText?: string | number;
  /** The title HTML. If given, `titleText` is ignored. */
  titleHtml?: string;
  /** Heading level of the title, from `1` to `6`. Default is `2`. */
  titleHeadingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * The type of notification: only `"success"` or nothing. `"success"` sets `role="alert"`, and govuk-frontend's
   * JavaScript then moves keyboard focus to the banner when the page loads. Otherwise `role` is `"region"`.
   */
  type?: 'success' | null;
  /** Overrides the `role` attribute. Defaults to `"region"`, or `"alert"` when `type` is `"success"`. */
  role?: string;
  /** The `id` of the banner title, which the banner's `aria-labelledby` points at. Defaults to `"govuk-notification-banner-title"`. */
  titleId?: string;
  /** Stop govuk-frontend's JavaScript moving keyboard focus to a success (or `role="alert"`) banner on page load. */
  disableAutoFocus?: boolean;
  /** The classes to add to the notification banner. */
  classes?: string;
  /** The HTML attributes (for example data attributes) to add to the notification banner. */
  attributes?: Attributes;
  /** React only: a ref to the banner's outer element, so a client can move focus to it. Does not change the HTML. */
  containerRef?: Ref<HTMLDivElement>;
}

/** GOV.UK notification banner: tells users about something not directly related to the page, or that an action succeeded. */
export function NotificationBanner(props: NotificationBannerProps) {
  const { text, html, children, titleText, titleHtml, titleHeadingLevel, type, role } = props;
  const { titleId, disableAutoFocus, classes, attributes, containerRef } = props;
  const isSuccess = type === 'success';
  const headingId = titleId || 'govuk-notification-banner-title';
  const Heading = `h${titleHeadingLevel || 2}` as const;
  const title = titleHtml ? { html: titleHtml } : { text: titleText || (isSuccess ? 'Success' : 'Important') };
  const rich = { html: html?.trim(), children };
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is "region" or "alert" (both take a label) unless overridden.
    <div
      {...attributeProps(attributes, {
        'data-disable-auto-focus': disableAutoFocus === undefined ? undefined : String(disableAutoFocus),
      })}
      className={classNames('govuk-notification-banner', isSuccess && 'govuk-notification-banner--success', classes)}
      role={role || (isSuccess ? 'alert' : 'region')}
      aria-labelledby={headingId}
      data-module="govuk-notification-banner"
      ref={containerRef}
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={headingId} {...contentProps(title)} />
      </div>
      {hasContent(rich) ? (
        <div className="govuk-notification-banner__content" {...contentProps(rich)} />
      ) : (
        <div className="govuk-notification-banner__content">
          {hasContent({ text }) && <p className="govuk-notification-banner__heading">{String(text).trim()}</p>}
        </div>
      )}
    </div>
  );
}
