// govuk-frontend's cookie banner, working without JavaScript: Accept and Reject post a form to /cookies
// (app/cookies/route.ts), which keeps the choice and sends the resident back here with `?cookies=accepted` (or
// `rejected`), and this shows the confirmation, whose Hide link is the same page without it.
import type { Locale } from '@lgds/core';
import { CookieBanner } from '@lgds/react';
import { content } from '../lib/content';
import { cookiesPageUrl } from '../lib/council';

export interface CookieChoiceProps {
  locale: Locale;
  /** The resident's choice, from their `cookies_policy` cookie: none yet asks them. */
  policy: { analytics: boolean } | undefined;
  /** The `cookies` query parameter: `accepted` or `rejected` just after they chose. */
  confirm: string | undefined;
}

export function CookieChoice({ locale, policy, confirm }: CookieChoiceProps) {
  const words = content[locale].cookies;
  const here = content[locale].home;
  if (!policy) {
    return (
      <form method="post" action="/cookies">
        <input type="hidden" name="returnTo" value={here} />
        <CookieBanner
          ariaLabel={words.label}
          messages={[
            {
              headingText: words.heading,
              children: (
                <>
                  <p className="govuk-body">{words.essential}</p>
                  <p className="govuk-body">{words.analytics}</p>
                </>
              ),
              actions: [
                { text: words.accept, type: 'submit', name: 'cookies', value: 'accept' },
                { text: words.reject, type: 'submit', name: 'cookies', value: 'reject' },
                { text: words.view, href: cookiesPageUrl },
              ],
            },
          ]}
        />
      </form>
    );
  }
  // The confirmation only says what the cookie holds: a link with ?cookies=accepted cannot claim otherwise.
  const confirmed = confirm === (policy.analytics ? 'accepted' : 'rejected');
  if (!confirmed) return null;
  const [before, after] = words.atAnyTime.split('{link}');
  return (
    <CookieBanner
      ariaLabel={words.label}
      messages={[
        {
          role: 'alert',
          children: (
            <p className="govuk-body">
              {policy.analytics ? words.accepted : words.rejected} {before}
              <a className="govuk-link" href={cookiesPageUrl}>
                {words.change}
              </a>
              {after}
            </p>
          ),
          actions: [{ text: words.hide, href: here, type: 'button' }],
        },
      ]}
    />
  );
}
