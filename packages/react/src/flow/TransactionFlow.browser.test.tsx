import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { CHECK_ANSWERS, type Locale, type TransactionAnswers } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { bulkyWaste, concessionCouncil, houseAnswers, today } from '@lgds/core-sample';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, it } from 'vitest';
import { expectNoAxeViolations } from '../a11y/axe';
import { Footer } from '../components/footer/Footer';
import { Header } from '../components/header/Header';
import { TransactionFlow, type TransactionFlowProps } from './TransactionFlow';
import type { PagePosition } from './TransactionPage';

// Every page of a journey, in a real GOV.UK page in Chromium with govuk-frontend's CSS, checked with axe-core:
// each question page, with and without errors, the page that ends a journey, check answers (also after a failed
// send) and the confirmation, in English and Welsh.

// GOV.UK's page template puts the back link before <main>, outside any landmark, by design; axe's best-practice
// `region` rule would flag it on every GOV.UK service.
const disableRules = ['region'];

const rules = resolveRules(bulkyWaste, concessionCouncil);
const answers: TransactionAnswers<typeof bulkyWaste> = { ...houseAnswers, concession: { type: 'pension-credit' } };
type Props = TransactionFlowProps<typeof bulkyWaste>;

beforeAll(() => {
  document.documentElement.className = 'govuk-template';
  document.body.className = 'govuk-template__body govuk-frontend-supported';
});

afterEach(cleanup);

function renderPage(locale: Locale, overrides: Partial<Props> = {}) {
  document.documentElement.lang = locale;
  return render(
    <>
      <Header />
      <div className="govuk-width-container">
        <TransactionFlow
          transaction={bulkyWaste}
          rules={rules}
          locale={locale}
          today={today}
          onSubmit={async () => {}}
          initialAnswers={answers}
          {...overrides}
        />
      </div>
      <Footer />
    </>,
  );
}

const stepPositions = ['address', 'property', 'items', 'concession', 'contact', 'collection'] as const;
const continueButton = { en: 'Continue', cy: 'Parhau' } as const;

describe.each(['en', 'cy'] as const)('every page of the sample journey in %s', (locale) => {
  it.each(stepPositions)('%s, then with its errors', async (position) => {
    const user = userEvent.setup();
    const { container } = renderPage(locale, { initialPosition: position, initialAnswers: {} });
    await expectNoAxeViolations(document, { disableRules });
    await user.click(screen.getByRole('button', { name: continueButton[locale] }));
    await waitFor(() => container.querySelector('.govuk-error-summary') ?? Promise.reject(new Error('no summary')));
    await expectNoAxeViolations(document, { disableRules });
  });

  it('the page that ends a journey', async () => {
    renderPage(locale, { initialPosition: 'notServed', initialAnswers: { ...answers, property: { type: 'flat' } } });
    await expectNoAxeViolations(document, { disableRules });
  });

  it('check answers, and after a failed send', async () => {
    const user = userEvent.setup();
    const { container } = renderPage(locale, {
      initialPosition: CHECK_ANSWERS as PagePosition<typeof bulkyWaste>,
      onSubmit: async () => Promise.reject(new Error('back office down')),
    });
    await expectNoAxeViolations(document, { disableRules });
    await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Accept and send' : 'Derbyn ac anfon' }));
    await waitFor(
      () => container.querySelector('.govuk-notification-banner') ?? Promise.reject(new Error('no banner')),
    );
    await expectNoAxeViolations(document, { disableRules });
  });

  it('the confirmation', async () => {
    const user = userEvent.setup();
    const { container } = renderPage(locale, { initialPosition: CHECK_ANSWERS as PagePosition<typeof bulkyWaste> });
    await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Accept and send' : 'Derbyn ac anfon' }));
    await waitFor(() => container.querySelector('.govuk-panel') ?? Promise.reject(new Error('no panel')));
    await expectNoAxeViolations(document, { disableRules });
  });
});
