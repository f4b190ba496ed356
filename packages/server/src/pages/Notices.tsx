import type { Translator } from '@lgds/core';
import { Button } from '@lgds/react';
import type { ReactNode } from 'react';

/** A page that tells the resident something: its heading, then what it says. */
export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
        </div>
      </div>
    </main>
  );
}

/** GOV.UK's "Page not found" pattern, for an address the service doesn't have. */
export function NotFoundPage({ t, servicesHref }: { t: Translator; servicesHref: string }) {
  return (
    <Notice title={t('server.notFound.title')}>
      <p className="govuk-body">{t('server.notFound.typed')}</p>
      <p className="govuk-body">{t('server.notFound.pasted')}</p>
      <p className="govuk-body">
        <a className="govuk-link" href={servicesHref}>
          {t('server.notFound.start')}
        </a>
      </p>
    </Notice>
  );
}

/** GOV.UK's timeout pattern: the resident did nothing for too long, so their answers were deleted. */
export function SignedOutPage({ t, minutes, startHref }: { t: Translator; minutes: number; startHref: string }) {
  return (
    <Notice title={t('server.signedOut.title')}>
      <p className="govuk-body">{t('server.signedOut.body', { count: minutes })}</p>
      <Button text={t('server.signedOut.again')} href={startHref} />
    </Notice>
  );
}

/** Why a form was refused (a missing or wrong CSRF token, too large, or not a form), and that nothing changed. */
export function RefusedPage({
  t,
  reason,
  backHref,
}: {
  t: Translator;
  reason: 'forged' | 'tooLarge' | 'unsupported';
  backHref: string;
}) {
  return (
    <Notice title={t('server.refused.title')}>
      <p className="govuk-body">{t(reason === 'forged' ? 'server.refused.body' : `server.refused.${reason}`)}</p>
      <p className="govuk-body">
        <a className="govuk-link" href={backHref}>
          {t('server.refused.back')}
        </a>
      </p>
    </Notice>
  );
}

/**
 * The resident is back from paying but the payment provider cannot say whether they paid. Paying again could charge
 * them twice, so the page says not to, and offers to check again; the provider's webhook confirms a paid application
 * meanwhile.
 */
export function PaymentUncheckedPage({ t, againHref }: { t: Translator; againHref: string }) {
  return (
    <Notice title={t('server.paymentUnchecked.title')}>
      <p className="govuk-body">{t('server.paymentUnchecked.paid')}</p>
      <p className="govuk-body">{t('server.paymentUnchecked.later')}</p>
      <Button text={t('server.paymentUnchecked.again')} href={againHref} />
    </Notice>
  );
}

/** GOV.UK's "Sorry, there is a problem with the service" page, with a code that finds the fault in the logs. */
export function ProblemPage({ t, requestId }: { t: Translator; requestId: string }) {
  return (
    <Notice title={t('server.problem.title')}>
      <p className="govuk-body">{t('server.problem.later')}</p>
      <p className="govuk-body">{t('server.problem.kept')}</p>
      <p className="govuk-body">{t('server.problem.code', { requestId })}</p>
    </Notice>
  );
}
