import type { Translator } from '@lgds/core';
import { Button, ErrorSummary, Input } from '@lgds/react';
import { Notice } from './Notices';

/** The hidden CSRF field every form of the service carries. */
function Csrf({ name, token }: { name: string; token: string }) {
  return <input type="hidden" name={name} value={token} />;
}

/** What the save page's form needs. */
export interface SavePageProps {
  t: Translator;
  days: number;
  action: string;
  backHref: string;
  csrf: { name: string; token: string };
  /** What the resident typed, when the page is shown again. */
  email?: string;
  /** The error to show, as a message key. */
  error?: 'required' | 'format' | 'notSent';
}

/**
 * GOV.UK's "Save and come back later": the resident gives an email address for a link back to their answers. A
 * wrong address gets GOV.UK's wording and the summary links to the box; an email that could not be sent is said so
 * at the top, with the address kept.
 */
export function SavePage({ t, days, action, backHref, csrf, email, error }: SavePageProps) {
  const message = error && t(`server.save.error.${error}`);
  return (
    <>
      <a className="govuk-back-link" href={backHref}>
        {t('server.save.back')}
      </a>
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {message && (
              <ErrorSummary
                titleText={t('ui.errorSummaryTitle')}
                errorList={[{ text: message, ...(error !== 'notSent' && { href: '#email' }) }]}
              />
            )}
            <h1 className="govuk-heading-l">{t('server.save.title')}</h1>
            <p className="govuk-body">{t('server.save.intro', { count: days })}</p>
            <form method="post" action={action} noValidate>
              <Csrf {...csrf} />
              <Input
                id="email"
                name="email"
                type="email"
                autocomplete="email"
                spellcheck={false}
                label={{ text: t('server.save.email'), classes: 'govuk-label--s' }}
                hint={{ text: t('server.save.emailHint') }}
                value={email ?? ''}
                {...(message && error !== 'notSent' && { errorMessage: { text: message } })}
              />
              <Button text={t('server.save.send')} preventDoubleClick />
            </form>
          </div>
        </div>
      </main>
    </>
  );
}

/** The link is on its way: where, until when, and that the answers are still here for now. */
export function SavedPage({
  t,
  email,
  date,
  continueHref,
}: {
  t: Translator;
  email: string;
  date: string;
  continueHref: string;
}) {
  return (
    <Notice title={t('server.saved.title')}>
      <p className="govuk-body">{t('server.saved.body', { email, date })}</p>
      <p className="govuk-body">{t('server.saved.once')}</p>
      <p className="govuk-body">
        <a className="govuk-link" href={continueHref}>
          {t('server.saved.continue')}
        </a>
      </p>
    </Notice>
  );
}

/**
 * Where a return link lands. Opening the link only shows this page; the button uses it. Email scanners open links
 * to check them, and a link used up by a GET would be gone before the resident clicked it.
 */
export function ReturnPage({
  t,
  action,
  csrf,
}: {
  t: Translator;
  action: string;
  csrf: { name: string; token: string };
}) {
  return (
    <Notice title={t('server.return.title')}>
      <p className="govuk-body">{t('server.return.body')}</p>
      <form method="post" action={action} noValidate>
        <Csrf {...csrf} />
        <Button text={t('server.return.button')} preventDoubleClick />
      </form>
    </Notice>
  );
}

/** A return link that cannot be used: already used, expired, or not one of ours; and what to do instead. */
export function ReturnLinkProblemPage({
  t,
  problem,
  days,
  startHref,
}: {
  t: Translator;
  problem: 'used' | 'expired' | 'unknown';
  days: number;
  startHref: string;
}) {
  return (
    <Notice title={t(`server.return.${problem}.title`)}>
      <p className="govuk-body">{t(`server.return.${problem}.body`, { count: days })}</p>
      <Button text={t('server.return.start')} href={startHref} />
    </Notice>
  );
}
