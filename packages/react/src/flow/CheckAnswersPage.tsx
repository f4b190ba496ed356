import type { CheckAnswersRow, Translator } from '@lgds/core';
import type { FormEventHandler, Ref } from 'react';
import { BackLink } from '../components/back-link/BackLink';
import { Button } from '../components/button/Button';
import { NotificationBanner } from '../components/notification-banner/NotificationBanner';
import { SummaryList } from '../components/summary-list/SummaryList';
import { escapeHtml } from '../internal/content';
import { HiddenFields } from './HiddenFields';

/** Props for the check answers page. */
export interface CheckAnswersPageProps {
  rows: readonly CheckAnswersRow[];
  t: Translator;
  backHref?: string | undefined;
  /** Where "Accept and send" posts without JavaScript. */
  action: string;
  /** Sending failed: say so, and keep every answer for a retry. */
  failed?: boolean;
  /** Sending is under way: the button is disabled so a second click cannot send twice. */
  sending?: boolean;
  onSubmit?: FormEventHandler<HTMLFormElement>;
  /** Lets the client move focus to the failure message. */
  bannerRef?: Ref<HTMLDivElement>;
  /** Hidden inputs added to the page's form, such as a server's CSRF token. */
  formFields?: Readonly<Record<string, string>>;
}

/**
 * GOV.UK's check answers page: every answer with a change link, then "Accept and send". Answers are the
 * resident's own text, escaped line by line before the lines are joined with `<br>`. No hooks.
 */
export function CheckAnswersPage({
  rows,
  t,
  backHref,
  action,
  failed,
  sending,
  onSubmit,
  bannerRef,
  formFields,
}: CheckAnswersPageProps) {
  return (
    <>
      {backHref && <BackLink href={backHref} text={t('ui.back')} />}
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {failed && (
              <NotificationBanner
                titleText={t('ui.submitFailedTitle')}
                text={t('ui.submitFailed')}
                role="alert"
                containerRef={bannerRef}
              />
            )}
            <h1 className="govuk-heading-l">{t('ui.checkAnswersTitle')}</h1>
            <SummaryList
              rows={rows.map((row) => ({
                key: { text: row.question },
                value: { html: row.answer.map(escapeHtml).join('<br>') },
                ...(row.href && {
                  actions: {
                    items: [{ href: row.href, text: t('ui.change'), visuallyHiddenText: row.question.toLowerCase() }],
                  },
                }),
              }))}
            />
            <form method="post" action={action} noValidate onSubmit={onSubmit}>
              <HiddenFields fields={formFields} />
              <Button text={t('ui.checkAnswersSubmit')} preventDoubleClick disabled={sending} />
            </form>
          </div>
        </div>
      </main>
    </>
  );
}
