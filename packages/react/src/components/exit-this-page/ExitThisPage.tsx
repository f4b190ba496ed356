/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { hasChildren } from '../../internal/content';
import { i18nAttributes } from '../../internal/i18n';
import { Button } from '../button/Button';

/** Where the button goes when no `redirectUrl` is given: a page that looks unremarkable if someone glances at the screen. */
const defaultRedirectUrl = 'https://www.bbc.co.uk/weather';

/** The options of govuk-frontend's `govukExitThisPage` macro. */
export interface ExitThisPageProps {
  /**
   * Text for the link. If `html` (or `children`) is provided, the `text` option will be ignored. Defaults to
   * `"Emergency Exit this page"` with "Emergency" visually hidden.
   */
  text?: string | number;
  /**
   * HTML for the link. If `html` is provided, the `text` option will be ignored. Defaults to
   * `"Emergency Exit this page"` with "Emergency" visually hidden.
   */
  html?: string;
  /** React content for the link: the React form of `html`. */
  children?: ReactNode;
  /** URL to redirect the current tab to. Defaults to `"https://www.bbc.co.uk/weather"`. */
  redirectUrl?: string;
  /** ID attribute to add to the exit this page container. */
  id?: string | null;
  /** Classes to add to the exit this page container. */
  classes?: string | null;
  /** HTML attributes (for example data attributes) to add to the exit this page container. */
  attributes?: Attributes;
  /** Text announced by screen readers when Exit this Page has been activated via the keyboard shortcut. Defaults to `"Loading."`. */
  activatedText?: string;
  /** Text announced by screen readers when the keyboard shortcut has timed out without successful activation. Defaults to `"Exit this page expired."`. */
  timedOutText?: string;
  /** Text announced by screen readers when the user must press Shift two more times to activate the button. Defaults to `"Shift, press 2 more times to exit."`. */
  pressTwoMoreTimesText?: string;
  /** Text announced by screen readers when the user must press Shift one more time to activate the button. Defaults to `"Shift, press 1 more time to exit."`. */
  pressOneMoreTimeText?: string;
}

/**
 * GOV.UK exit this page: a button (and, with govuk-frontend's JavaScript, pressing Shift three times) that takes
 * someone at risk away from the page at once. The JavaScript starts from `data-module="govuk-exit-this-page"`.
 */
export function ExitThisPage(props: ExitThisPageProps) {
  const { text, html, children, redirectUrl, id, classes, attributes } = props;
  const { activatedText, timedOutText, pressTwoMoreTimesText, pressOneMoreTimeText } = props;
  // `params.html or params.text` in the macro: an empty text, or 0, leaves the default words.
  const given = hasChildren(children) || Boolean(html || text);
  return (
    <div
      // The macro writes the translations after the caller's attributes, so the caller's win. (Names with a dot
      // are not JSX attribute names, hence the spread.)
      {...{
        ...i18nAttributes('activated', activatedText),
        ...i18nAttributes('timed-out', timedOutText),
        ...i18nAttributes('press-two-more-times', pressTwoMoreTimesText),
        ...i18nAttributes('press-one-more-time', pressOneMoreTimeText),
      }}
      {...attributeProps(attributes, {
        id: id || undefined,
        className: classNames('govuk-exit-this-page', classes),
        'data-module': 'govuk-exit-this-page',
      })}
    >
      <Button
        text={text}
        html={html}
        classes="govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"
        href={redirectUrl || defaultRedirectUrl}
        attributes={{ rel: 'nofollow noreferrer' }}
      >
        {given ? (
          children
        ) : (
          <>
            <span className="govuk-visually-hidden">Emergency</span> Exit this page
          </>
        )}
      </Button>
    </div>
  );
}
