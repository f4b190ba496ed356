/** @jsxImportSource ../internal/jsx */
import type { Translator } from '@lgds/core';
import { Panel } from '../components/panel/Panel';

/** Props for the confirmation page. */
export interface ConfirmationPageProps {
  /** The reference the resident quotes if they contact the council. */
  reference: string;
  /** Paragraphs under "What happens next", from `flow.confirmation(payload)`. */
  nextSteps?: readonly string[];
  t: Translator;
}

/** GOV.UK's confirmation page: a panel with the reference number, then what happens next. No hooks. */
export function ConfirmationPage({ reference, nextSteps = [], t }: ConfirmationPageProps) {
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel titleText={t('ui.confirmationTitle')}>
            {t('ui.confirmationReference')}
            <br />
            <strong>{reference}</strong>
          </Panel>
          {nextSteps.length > 0 && <h2 className="govuk-heading-m">{t('ui.whatHappensNext')}</h2>}
          {nextSteps.map((paragraph) => (
            <p className="govuk-body" key={paragraph}>
              {paragraph}
            </p>
          ))}
        </div>
      </div>
    </main>
  );
}
