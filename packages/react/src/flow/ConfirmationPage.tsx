import type { Translator } from '@lgds/core';
import { Panel } from '../components/panel/Panel';

/** Props for the confirmation page. */
export interface ConfirmationPageProps {
  /** The reference the resident quotes if they contact the council. */
  reference: string;
  t: Translator;
}

/** GOV.UK's confirmation page: a panel with the reference number. No hooks. */
export function ConfirmationPage({ reference, t }: ConfirmationPageProps) {
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel titleText={t('ui.confirmationTitle')}>
            {t('ui.confirmationReference')}
            <br />
            <strong>{reference}</strong>
          </Panel>
        </div>
      </div>
    </main>
  );
}
