import { type AnyTransaction, CHECK_ANSWERS, type Flow, type Locale, type TransactionAnswers } from '@lgds/core';
import { InsetText } from '@lgds/react';

// A step story opens the journey on its page, with the answers to the pages before it; where the toolbar's council
// does not ask that page of its resident, it shows this instead.

const note = {
  en: (council: string) => `${council} does not ask this. Choose another council in the toolbar.`,
  cy: (council: string) => `Nid yw ${council} yn gofyn hyn. Dewiswch gyngor arall yn y bar offer.`,
};

/** Whether a resident with these answers is asked `step` (every resident comes to check answers). */
export function isAsked(flow: Flow<AnyTransaction>, answers: TransactionAnswers<AnyTransaction>, step: string) {
  return step === CHECK_ANSWERS || flow.path(answers).includes(step as never);
}

/** In place of a page the council does not ask: the step's name, and a note to choose another council. */
export function NotAsked({ step, councilName, locale }: { step: string; councilName: string; locale: Locale }) {
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <h1 className="govuk-heading-l">{step}</h1>
      <InsetText text={note[locale](councilName)} />
    </main>
  );
}
