import { type AnyTransaction, CHECK_ANSWERS, type Locale } from '@lgds/core';
import type { RulesLayer } from '@lgds/core/server';
import { InsetText } from '@lgds/react';
import { answersBefore } from '../shared/pages';
import { CouncilTaxJourney, type CouncilTaxJourneyProps } from './CouncilTaxJourney';
import { journeys, type Resident, residents } from './residents';
import { type Council, councilNames, flowOf, type Kind } from './transactions';

/** What a step story changes about the council's resident (`parameters.councilTax`). */
export interface StepSetting {
  /** Which of the council's residents (see residents.ts): the one its journey story walks, unless said. */
  resident?: string;
  /** Different answers to some pages before the step, by step: `{ leaver: { movedOut: 'yes' } }`. */
  posts?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Changes to lay over the council's preset. */
  rulesChanges?: RulesLayer<AnyTransaction>;
  /** Another day than the resident's. */
  today?: string;
}

export interface StepPreviewProps extends StepSetting {
  kind: Kind;
  /** The step to open on, or `check-answers`. */
  step: string;
  council: Council;
  locale: Locale;
  onSubmit: CouncilTaxJourneyProps['onSubmit'];
}

const notAsked = {
  en: (council: string) => `${council} does not ask this. Choose another council in the toolbar.`,
  cy: (council: string) => `Nid yw ${council} yn gofyn hyn. Dewiswch gyngor arall yn y bar offer.`,
};

/** One of the council's residents, by name; by default the one its journey story walks. */
export function residentOf(kind: Kind, council: Council, name?: string): Resident {
  const chosen = name ?? journeys[kind][council]?.resident ?? 'journey';
  const resident = residents[kind][council]?.[chosen];
  if (!resident) throw new Error(`${council} has no ${chosen} resident for ${kind}`);
  return resident;
}

/**
 * A council tax journey opened on one page, as a server would render it for a resident who has answered the pages
 * before it: `<TransactionFlow initialPosition={step} initialAnswers={answers} />`. The answers are the council's
 * resident's (see residents.ts), posted page by page as a browser would.
 */
export function StepPreview({
  kind,
  step,
  council,
  locale,
  onSubmit,
  resident: name,
  posts = {},
  rulesChanges,
  today,
}: StepPreviewProps) {
  const resident = residentOf(kind, council, name);
  const day = today ?? resident.today;
  const flow = flowOf(kind, council, day, rulesChanges);
  const posted = resident.pages.map((page) => ({ ...page, post: posts[page.step] ?? page.post }));
  const answers = answersBefore(flow, posted, step);

  if (step !== CHECK_ANSWERS && !flow.path(answers).includes(step)) {
    return (
      <main className="govuk-main-wrapper" id="main-content">
        <h1 className="govuk-heading-l">{step}</h1>
        <InsetText text={notAsked[locale](councilNames[council][locale])} />
      </main>
    );
  }
  return (
    <CouncilTaxJourney
      kind={kind}
      council={council}
      locale={locale}
      today={day}
      onSubmit={onSubmit}
      {...(rulesChanges !== undefined && { rulesChanges })}
      initialPosition={step}
      initialAnswers={answers}
    />
  );
}
