import type { AnyTransaction, Locale } from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import { presets } from '@lgds/garden-waste';
import { isAsked, NotAsked } from '../shared/NotAsked';
import { answersBefore } from '../shared/pages';
import { GardenWasteJourney, type GardenWasteJourneyProps } from './GardenWasteJourney';
import { type Council, councilNames, flowOf, type JourneyKind, residents, transactions } from './residents';

/** What a step story changes about the council's resident (`parameters.gardenWaste`). */
export interface StepSetting {
  /** Different answers to some pages before the step, by step: `{ property: { type: 'flat' } }`. */
  posts?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Changes to lay over the council's preset. */
  rulesChanges?: RulesLayer<AnyTransaction>;
  /** Another day than the resident's. */
  today?: string;
}

export interface StepPreviewProps extends StepSetting {
  kind: JourneyKind;
  /** The step to open on, or `check-answers`. */
  step: string;
  council: Council;
  locale: Locale;
  onSubmit: GardenWasteJourneyProps['onSubmit'];
}

/**
 * A journey opened on one page, as a server would render it for a resident who has answered the pages before it:
 * `<TransactionFlow initialPosition={step} initialAnswers={answers} />`. The answers are the council's resident's
 * (see residents.ts), posted page by page as a browser would.
 */
export function StepPreview({
  kind,
  step,
  council,
  locale,
  onSubmit,
  posts = {},
  rulesChanges,
  today,
}: StepPreviewProps) {
  const resident = residents[council][kind];
  const day = today ?? resident.today;
  const transaction = transactions[kind] as AnyTransaction;
  const flow = flowOf(transaction, resolveRules(transaction, presets[council], rulesChanges), day);
  const posted = resident.pages.map((page) => ({ ...page, post: posts[page.step] ?? page.post }));
  const answers = answersBefore(flow, posted, step);

  if (!isAsked(flow, answers, step)) {
    return <NotAsked step={step} councilName={councilNames[council][locale]} locale={locale} />;
  }
  return (
    <GardenWasteJourney
      kind={kind}
      council={council}
      locale={locale}
      today={day}
      onSubmit={onSubmit}
      rulesChanges={rulesChanges}
      initialPosition={step}
      initialAnswers={answers}
    />
  );
}
