/** @jsxImportSource ../internal/jsx */
import type { CheckAnswersRow, ExtraRow, Translator } from '@lgds/core';
import type { FormEventHandler, Ref } from 'react';
import { BackLink } from '../components/back-link/BackLink';
import { Button } from '../components/button/Button';
import { NotificationBanner } from '../components/notification-banner/NotificationBanner';
import { SummaryList } from '../components/summary-list/SummaryList';
import { escapeHtml } from '../internal/content';
import { HiddenFields } from './HiddenFields';

/** Props for the check answers page. */
export interface CheckAnswersPageProps {
  /** The answers, one row a question: `flow.checkAnswers()`. */
  rows: readonly CheckAnswersRow[];
  /** What the resident will pay, shown under its own heading after the answers: `flow.costs()`. */
  costs?: readonly ExtraRow[];
  t: Translator;
  backHref?: string | undefined;
  /** Where "Accept and send" posts without JavaScript. */
  action: string;
  /** Sending failed: say so, and keep every answer for a retry. */
  failed?: boolean;
  /**
   * Another problem to tell the resident about above their answers, in the same banner as a failed send: a card
   * payment that was declined or cancelled, say. Already in the resident's language.
   */
  problem?: { title: string; text: string } | undefined;
  /** Sending is under way: the button is disabled so a second click cannot send twice. */
  sending?: boolean;
  onSubmit?: FormEventHandler<HTMLFormElement>;
  /** Lets the client move focus to the failure message. */
  bannerRef?: Ref<HTMLDivElement>;
  /** Hidden inputs added to the page's form, such as a server's CSRF token. */
  formFields?: Readonly<Record<string, string>>;
}

// A row's lines, the resident's own text, escaped one by one before they are joined with `<br>`.
const lines = (answer: readonly string[]) => ({ html: answer.map(escapeHtml).join('<br>') });

/**
 * GOV.UK's check answers page: every answer with a change link, then what the resident will pay under its own
 * heading ("What you will pay"), then "Accept and send". No hooks.
 */
export function CheckAnswersPage({
  rows,
  costs = [],
  t,
  backHref,
  action,
  failed,
  problem,
  sending,
  onSubmit,
  bannerRef,
  formFields,
}: CheckAnswersPageProps) {
  const banner = failed ? { title: t('ui.submitFailedTitle'), text: t('ui.submitFailed') } : problem;
  return (
    <>
      {backHref && <BackLink href={backHref} text={t('ui.back')} />}
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {banner && (
              <NotificationBanner titleText={banner.title} text={banner.text} role="alert" containerRef={bannerRef} />
            )}
            <h1 className="govuk-heading-l">{t('ui.checkAnswersTitle')}</h1>
            <SummaryList
              rows={rows.map((row) => ({
                key: { text: row.question },
                value: lines(row.answer),
                actions: {
                  items: [{ href: row.href, text: t('ui.change'), visuallyHiddenText: row.question.toLowerCase() }],
                },
              }))}
            />
            {costs.length > 0 && (
              <>
                <h2 className="govuk-heading-m">{t('ui.costsTitle')}</h2>
                <SummaryList rows={costs.map((row) => ({ key: { text: row.question }, value: lines(row.answer) }))} />
              </>
            )}
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
